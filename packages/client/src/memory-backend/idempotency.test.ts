import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, createIdempotencyRecords } from './idempotency.ts';
import { assertProblem } from './test-helpers.ts';

describe('idempotency records', () => {
  it('treat equal data with keys in another order as the same request', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 2 } }),
      canonicalJson({ a: { c: 2, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    assert.notEqual(canonicalJson({ a: [1, 2] }), canonicalJson({ a: [2, 1] }));
  });

  it('answer a repeat with the stored response without running it again', async () => {
    const once = createIdempotencyRecords();
    let runs = 0;
    const run = async () => ({ run: ++runs });
    assert.deepEqual(await once('key-1', { a: 1 }, run), { run: 1 });
    assert.deepEqual(await once('key-1', { a: 1 }, run), { run: 1 });
    assert.deepEqual(await once('key-2', { a: 1 }, run), { run: 2 });
  });

  it('refuse the same key with another request (422) or while the first still runs (409)', async () => {
    const once = createIdempotencyRecords();
    let finish = () => {};
    const first = once(
      'key',
      { a: 1 },
      () => new Promise<string>((resolve) => (finish = () => resolve('done'))),
    );
    await assertProblem(
      once('key', { a: 1 }, async () => 'again'),
      409,
      'idempotency_key_in_use',
    );
    await assertProblem(
      once('key', { a: 2 }, async () => 'other'),
      422,
      'idempotency_key_reused',
    );
    finish();
    assert.equal(await first, 'done');
    await assertProblem(
      once('key', { a: 2 }, async () => 'other'),
      422,
      'idempotency_key_reused',
    );
  });

  it('keep no record of a failure, so that the request may be retried with its key', async () => {
    const once = createIdempotencyRecords();
    await assert.rejects(
      once('key', { a: 1 }, () => Promise.reject(new Error('down'))),
      /down/,
    );
    assert.equal(await once('key', { a: 1 }, async () => 'ok'), 'ok');
  });
});
