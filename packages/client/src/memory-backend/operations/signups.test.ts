import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { alumniSignup, assertProblem, createTestBackend, en, fieldCodes, NOW } from '../test-helpers.ts';

const employeeSignup = {
  mode: 'employee',
  name: '山田 太郎',
  workEmail: 'taro.yamada@corp.example.com',
  personalEmail: 'taro.yamada+alumni@example.com',
  employeeId: 'E-104233',
  startDate: '2026-04-01',
  consent: { accepted: true, privacyPolicyVersion: '2026-04' },
  hiddenFields: { office: 'Osaka' },
} as const;

describe('createSignup', () => {
  it('makes an alumnus a member, keeping consent and attribution out of the answer', async () => {
    const { backend, store } = createTestBackend();
    const result = await backend.createSignup(
      { body: alumniSignup({ joinedOn: '2018-04', leftOn: '2024-09', source: { campaign: 'reunion' } }) },
      en,
    );
    assert.equal(result.invitationAccepted, false);
    assert.deepEqual(
      { ...result.member, id: 'id' },
      {
        id: 'id',
        mode: 'alumni',
        name: 'Zoë O’Brien',
        email: 'zoe.obrien@example.com',
        interests: [],
        joinedOn: '2018-04',
        leftOn: '2024-09',
        createdAt: NOW.toISOString(),
      },
    );
    const stored = store.members.get(result.member.id);
    assert.deepEqual(stored?.consent, { privacyPolicyVersion: '2026-04', acceptedAt: NOW.toISOString() });
    assert.deepEqual(stored?.source, { campaign: 'reunion' });
  });

  it('makes an employee a member reached at the personal e-mail, with the work e-mail beside it', async () => {
    const { backend, store } = createTestBackend();
    const { member } = await backend.createSignup({ body: employeeSignup }, en);
    assert.equal(member.mode, 'employee');
    assert.equal(member.email, 'taro.yamada+alumni@example.com');
    assert.equal(member.workEmail, 'taro.yamada@corp.example.com');
    assert.equal(member.startDate, '2026-04-01');
    assert.equal('employeeId' in member, false);
    assert.equal(store.members.get(member.id)?.employeeId, 'E-104233');
    assert.deepEqual(store.members.get(member.id)?.hiddenFields, { office: 'Osaka' });
  });

  it('refuses any address that is already a member’s, whatever its case (409 already_member)', async () => {
    const { backend } = createTestBackend();
    const { alumna, employee } = DEMO_IDS.members;
    const taken = [
      alumniSignup({ email: alumna.email.toUpperCase() }),
      alumniSignup({ email: employee.workEmail }),
      { ...employeeSignup, personalEmail: employee.email },
      { ...employeeSignup, workEmail: alumna.email },
    ];
    for (const body of taken) await assertProblem(backend.createSignup({ body }, en), 409, 'already_member');
  });

  it('accepts the invitation the token belongs to, once', async () => {
    const { backend, store } = createTestBackend();
    const token = DEMO_IDS.invitations.sent;
    const first = await backend.createSignup({ body: alumniSignup({ invitationToken: token }) }, en);
    assert.equal(first.invitationAccepted, true);
    assert.equal(store.invitations.get(token)?.status, 'accepted');
    assert.equal(store.invitations.get(token)?.acceptedAt, NOW.toISOString());

    const again = alumniSignup({ email: 'someone.else@example.com', invitationToken: token });
    assert.equal((await backend.createSignup({ body: again }, en)).invitationAccepted, false);
    const unknown = alumniSignup({ email: 'third@example.com', invitationToken: 'no-such-invitation-token' });
    assert.equal((await backend.createSignup({ body: unknown }, en)).invitationAccepted, false);
  });

  it('pretends to succeed for a bot that filled the honeypot, and stores nothing', async () => {
    const { backend, store } = createTestBackend();
    const members = store.members.size;
    const body = alumniSignup({
      invitationToken: DEMO_IDS.invitations.sent,
      antiSpam: { honeypot: 'https://spam.example' },
    });
    const result = await backend.createSignup({ body }, en);
    assert.equal(result.member.email, 'zoe.obrien@example.com');
    assert.equal(store.members.size, members);
    assert.equal(store.invitations.get(DEMO_IDS.invitations.sent)?.status, 'sent');
    await backend.createSignup({ body: alumniSignup() }, en);
  });

  it('names each invalid field, in the caller’s language', async () => {
    const { backend } = createTestBackend();
    const body = alumniSignup({ email: 'not-an-e-mail', profileUrl: 'javascript:alert(1)' });
    const problem = await assertProblem(
      backend.createSignup({ body }, { locale: 'ja' }),
      400,
      'validation_failed',
    );
    assert.deepEqual(fieldCodes(problem).sort(), ['email: invalid_email', 'profileUrl: invalid_url']);
    assert.match(problem.errors[0]?.message ?? '', /[\u3040-\u30ff]/);
  });
});
