import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { createTestBackend, en, NOW, storeText } from '../test-helpers.ts';

const { sent, opened } = DEMO_IDS.invitations;

/** Fails unless `blob` is a 1×1 GIF whose only colour is transparent. */
async function assertTransparentPixel(blob: Blob): Promise<void> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  assert.equal(blob.type, 'image/gif');
  assert.equal(new TextDecoder().decode(bytes.slice(0, 6)), 'GIF89a');
  assert.deepEqual([bytes[6], bytes[8]], [1, 1], 'width and height');
  const control = bytes.indexOf(0xf9);
  assert.equal((bytes[control + 2] ?? 0) & 1, 1, 'transparency flag');
  assert.equal(bytes.at(-1), 0x3b, 'trailer');
}

describe('trackInvitationOpen', () => {
  it('records the first open of a sent invitation and answers with a transparent pixel', async () => {
    const { backend, store, clock } = createTestBackend();
    await assertTransparentPixel(await backend.trackInvitationOpen({ params: { token: sent } }, en));
    assert.equal(store.invitations.get(sent)?.status, 'opened');
    assert.equal(store.invitations.get(sent)?.openedAt, NOW.toISOString());

    clock.now = new Date(NOW.getTime() + 60_000);
    await backend.trackInvitationOpen({ params: { token: sent } }, en);
    assert.equal(store.invitations.get(sent)?.openedAt, NOW.toISOString());
  });

  it('leaves an opened or accepted invitation as it is', async () => {
    const { backend, store } = createTestBackend();
    const before = structuredClone(store.invitations.get(opened));
    await backend.trackInvitationOpen({ params: { token: opened } }, en);
    assert.deepEqual(store.invitations.get(opened), before);
  });

  it('answers an unknown token with the same pixel and records nothing', async () => {
    const { backend, store } = createTestBackend();
    const before = storeText(store);
    const known = await backend.trackInvitationOpen({ params: { token: opened } }, en);
    const unknown = await backend.trackInvitationOpen({ params: { token: 'inv_0000000000000000' } }, en);
    await assertTransparentPixel(unknown);
    assert.deepEqual(new Uint8Array(await unknown.arrayBuffer()), new Uint8Array(await known.arrayBuffer()));
    assert.equal(storeText(store), before);
  });
});
