import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { invitations } from '../db/schema/index.ts';
import { randomToken } from '../random.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

describe('GET /v1/invitations/{token}/open.gif', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  const invite = async (tenantId: string) => {
    const token = `inv_${randomToken(12)}`;
    await context.database.db
      .insert(invitations)
      .values({ token, tenantId, email: 'kenji@example.org', status: 'sent', sentAt: new Date() });
    return token;
  };
  const statusOf = async (token: string) =>
    (await context.database.db.select().from(invitations).where(eq(invitations.token, token)))[0]?.status;

  test('an e-mail client loads the pixel without a key: the first open is recorded', async () => {
    const { tenantId } = await context.newTenant({ seed: false });
    const token = await invite(tenantId);
    const response = await fetch(`${context.url}/v1/invitations/${token}/open.gif`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'image/gif');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 6)), 'GIF89a');
    assert.equal(await statusOf(token), 'opened');
  });

  test('unknown tokens get the same pixel; a key of another tenant records nothing', async () => {
    const owner = await context.newTenant({ seed: false });
    const other = await context.newTenant({ seed: false });
    const token = await invite(owner.tenantId);
    const unknown = await fetch(`${context.url}/v1/invitations/inv_unknownunknown1/open.gif`);
    assert.equal(unknown.status, 200);
    assert.equal(unknown.headers.get('Content-Type'), 'image/gif');
    const foreign = await other.api.get(`/v1/invitations/${token}/open.gif`);
    assert.equal(foreign.status, 200);
    assert.equal(await statusOf(token), 'sent');
    await owner.api.get(`/v1/invitations/${token}/open.gif`);
    assert.equal(await statusOf(token), 'opened');
  });

  test('a malformed token is a validation problem', async () => {
    const response = await fetch(`${context.url}/v1/invitations/short/open.gif`);
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  });
});
