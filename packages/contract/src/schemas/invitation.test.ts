import { describe, test } from 'node:test';
import { examples } from '../examples.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { Invitation, InvitationParams } from './invitation.ts';

describe('InvitationParams', () => {
  test('takes an unguessable token of 16 to 128 URL-safe characters', () => {
    assertValid(InvitationParams, examples.trackInvitationOpen.params);
    assertValid(InvitationParams, { token: 'a'.repeat(128) });
    for (const token of [
      'a'.repeat(15),
      'a'.repeat(129),
      'inv_3f9c2a7b8d1e4f60/../x',
      'inv_3f9c2a7b8d1e4f6;',
    ]) {
      assertInvalid(InvitationParams, { token }, ['/token invalid_format']);
    }
  });
});

describe('Invitation', () => {
  test('tracks sent, opened, accepted and bounced', () => {
    for (const status of ['sent', 'opened', 'accepted', 'bounced']) {
      assertValid(Invitation, { token: 'inv_3f9c2a7b8d1e4f60', status, sentAt: '2026-11-01T00:00:00Z' });
    }
    assertInvalid(Invitation, { token: 'inv_3f9c2a7b8d1e4f60', status: 'clicked' }, [
      '/status invalid_value',
    ]);
  });
});
