import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examples, type OperationId } from '@alumni-kit/contract';
import type { CallContext } from '../backend.ts';
import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from './index.ts';
import {
  alumniSignup,
  assertMatchesRoute,
  assertProblem,
  createTestBackend,
  en,
  fieldCodes,
  NOW,
  rsvpBody,
} from './test-helpers.ts';

describe('createMemoryBackend', () => {
  it('answers every example request of the contract', async () => {
    const backend = createMemoryBackend({ now: () => NOW });
    const member: CallContext = {
      locale: 'en',
      memberToken: createUnsignedMemberToken(DEMO_IDS.members.alumna),
    };
    for (const [id, input] of Object.entries(examples) as [OperationId, unknown][]) {
      const context = id === 'getMe' || id === 'updatePreferences' ? member : en;
      const call = backend[id] as (input: unknown, context: CallContext) => Promise<unknown>;
      const output = await call(input, context).catch((error: unknown) =>
        assert.fail(`${id}: ${String(error)}`),
      );
      assertMatchesRoute(id, output);
    }
  });

  it('starts empty without the demo data', async () => {
    const backend = createMemoryBackend({ seed: false });
    assert.deepEqual(await backend.listEvents({}, en), { items: [], nextCursor: null });
    assert.deepEqual(await backend.listRoles({}, en), { items: [] });
  });

  it('runs on the real clock by default, so demo events stay upcoming', async () => {
    const { items } = await createMemoryBackend().listEvents({}, en);
    assert.ok(items.length > 0);
  });

  it('waits `latencyMs` before answering, and stops waiting when the call is aborted', async () => {
    const backend = createMemoryBackend({ latencyMs: 50 });
    const started = performance.now();
    await backend.listRoles({}, en);
    assert.ok(performance.now() - started >= 45);

    const controller = new AbortController();
    const call = backend.createSignup({ body: alumniSignup() }, { ...en, signal: controller.signal });
    controller.abort(new Error('left the page'));
    await assert.rejects(call, /left the page/);
    await backend.createSignup({ body: alumniSignup() }, en);
  });
});

describe('the in-memory backend', () => {
  it('names failing fields of path, query and body together, in Japanese when asked', async () => {
    const { backend } = createTestBackend();
    const call = backend.createRsvp(
      { params: { eventId: 'bad id' }, body: rsvpBody({ attendee: { name: '', email: 'x' } }) },
      { locale: 'ja' },
    );
    const problem = await assertProblem(call, 400, 'validation_failed');
    assert.deepEqual(fieldCodes(problem), [
      'eventId: invalid_format',
      'attendee.name: required',
      'attendee.email: invalid_email',
    ]);
    assert.equal(problem.errors[1]?.message, 'この項目は必須です。');
    assert.equal(problem.errors[2]?.pointer, '/attendee/email');
  });

  it('answers a repeated write with its stored response, without acting twice', async () => {
    const { backend, store } = createTestBackend();
    const context = { ...en, idempotencyKey: 'signup-draft-1' };
    const first = await backend.createSignup({ body: alumniSignup() }, context);
    const count = store.members.size;
    const again = await backend.createSignup({ body: alumniSignup() }, context);
    assert.deepEqual(again, first);
    assert.equal(store.members.size, count);

    const rsvpContext = { ...en, idempotencyKey: 'rsvp-draft-1' };
    const input = { params: { eventId: DEMO_IDS.events.unlimited }, body: rsvpBody() };
    const rsvp = await backend.createRsvp(input, rsvpContext);
    assert.deepEqual(await backend.createRsvp(input, rsvpContext), rsvp);
    assert.ok(rsvp.cancelToken);
  });

  it('refuses a key reused for a different request (422)', async () => {
    const { backend } = createTestBackend();
    const context = { ...en, idempotencyKey: 'key-1' };
    await backend.createSignup({ body: alumniSignup() }, context);
    const other = alumniSignup({ email: 'someone.else@example.com' });
    await assertProblem(backend.createSignup({ body: other }, context), 422, 'idempotency_key_reused');
    const otherOperation = { params: { eventId: DEMO_IDS.events.unlimited }, body: rsvpBody() };
    await assertProblem(backend.createRsvp(otherOperation, context), 422, 'idempotency_key_reused');
  });

  it('acts again on a write without a key', async () => {
    const { backend } = createTestBackend();
    await backend.createSignup({ body: alumniSignup() }, en);
    await assertProblem(backend.createSignup({ body: alumniSignup() }, en), 409, 'already_member');
  });

  it('shares nothing with the caller: changing an answer changes nothing stored', async () => {
    const { backend } = createTestBackend();
    const params = { eventId: DEMO_IDS.events.servingAlcohol };
    const event = await backend.getEvent({ params }, en);
    event.policies.length = 0;
    event.title = 'changed';
    assert.equal((await backend.getEvent({ params }, en)).policies.length, 2);

    const context = { ...en, idempotencyKey: 'key-2' };
    const result = await backend.createSignup({ body: alumniSignup() }, context);
    result.member.name = 'changed';
    assert.equal((await backend.createSignup({ body: alumniSignup() }, context)).member.name, 'Zoë O’Brien');
  });
});
