import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { members } from '../db/schema/index.ts';
import { alumniSignup } from '../test-support/bodies.ts';
import { chunkedPost } from '../test-support/chunked-post.ts';
import { startTestContext, type TestContext, type TestTenant } from '../test-support/test-context.ts';

const LIMIT = 4096;

describe('request bodies', () => {
  let context: TestContext;
  let url: string;
  let tenant: TestTenant;
  before(async () => {
    context = await startTestContext();
    url = await context.startServer({ bodyLimitBytes: LIMIT });
    tenant = await context.newTenant({ seed: false });
  });
  after(() => context.close());

  /** Sends the body's text as it is. */
  const post = async (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/v1/signups`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${tenant.publishableKey}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body,
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
  };
  const stored = async (email: string) =>
    context.database.db
      .select()
      .from(members)
      .where(and(eq(members.tenantId, tenant.tenantId), eq(members.email, email)));
  const problemCode = (body: unknown) => (body as { code: string }).code;

  test('a body over the limit is refused before it is parsed: 413', async () => {
    const response = await post(
      JSON.stringify(alumniSignup('big@example.com', { jobTitle: 'x'.repeat(LIMIT) })),
    );
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(problemCode(response.body), 'payload_too_large');
    assert.deepEqual(await stored('big@example.com'), []);
  });

  test('a chunked body is cut off at the limit too, long before it ends', async () => {
    const headers = { Authorization: `Bearer ${tenant.publishableKey}`, 'Content-Type': 'application/json' };
    const result = await chunkedPost(
      `${url}/v1/signups`,
      headers,
      `{"name":"${'x'.repeat(1000)}`,
      20_000_000,
    );
    assert.equal(result.status, 413);
    assert.equal(result.contentType, 'application/problem+json');
    assert.ok(result.sent < 20_000_000, `sent ${result.sent} bytes`);
  });

  test('a small chunked body is read as usual', async () => {
    const headers = { Authorization: `Bearer ${tenant.publishableKey}`, 'Content-Type': 'application/json' };
    const body = JSON.stringify(alumniSignup('chunked@example.com'));
    const result = await chunkedPost(`${url}/v1/signups`, headers, body, Buffer.byteLength(body));
    assert.equal(result.status, 201, result.body);
  });

  test('anything but application/json is 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ]) {
      const response = await post(JSON.stringify(alumniSignup('type@example.com')), { 'Content-Type': type });
      assert.equal(response.status, 415, type);
      assert.equal(problemCode(response.body), 'unsupported_media_type');
    }
    const missing = await fetch(`${url}/v1/signups`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tenant.publishableKey}` },
    });
    assert.equal(missing.status, 415);
  });

  test('malformed JSON and invalid UTF-8 are 400 validation problems naming the whole body', async () => {
    for (const body of ['{"mode":', '', 'null x', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const response = await post(body);
      assert.equal(response.status, 400);
      const problem = response.body as { code: string; errors: { pointer: string; code: string }[] };
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(
        problem.errors.map(({ pointer, code }) => [pointer, code]),
        [['', 'invalid_json']],
      );
    }
  });

  test('a JSON value that is not an object, and unknown fields, are refused field by field', async () => {
    const array = await post('[]');
    assert.equal(array.status, 400);
    const extra = await post(
      JSON.stringify(
        alumniSignup('extra@example.com', {
          isAdmin: true,
          consent: { accepted: true, privacyPolicyVersion: '1', by: 'x' },
        }),
      ),
    );
    assert.equal(extra.status, 400);
    const pointers = (extra.body as { errors: { pointer: string; code: string }[] }).errors.map(
      ({ pointer, code }) => [pointer, code],
    );
    assert.deepEqual(pointers.sort(), [
      ['/consent/by', 'unknown_field'],
      ['/isAdmin', 'unknown_field'],
    ]);
    assert.deepEqual(await stored('extra@example.com'), []);
  });

  test("field errors speak the caller's language (Accept-Language)", async () => {
    const body = JSON.stringify(alumniSignup('not-an-email'));
    const japanese = await post(body, { 'Accept-Language': 'ja-JP,ja;q=0.9,en;q=0.8' });
    const english = await post(body, { 'Accept-Language': 'fr, en;q=0.5' });
    const message = (response: { body: unknown }) =>
      (response.body as { errors: { message: string }[] }).errors[0]?.message;
    assert.equal(message(japanese), 'name@example.com の形式でメールアドレスを入力してください。');
    assert.equal(message(english), 'Enter an e-mail address like name@example.com.');
  });
});
