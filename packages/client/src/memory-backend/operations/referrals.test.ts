import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import {
  asMember,
  assertProblem,
  createTestBackend,
  en,
  fieldCodes,
  NOW,
  referralBody,
} from '../test-helpers.ts';

const roles = DEMO_IDS.roles;

describe('listRoles', () => {
  it('lists the open roles only', async () => {
    const { backend } = createTestBackend();
    const { items } = await backend.listRoles({}, en);
    assert.deepEqual(
      items.map((role) => role.id),
      [roles.backendEngineer, roles.productDesigner, roles.dataScientist, roles.customerSuccess],
    );
    assert.ok(items.every((role) => !('open' in role)));
  });
});

describe('createReferral', () => {
  it('records a referral for an open role and tells the candidate', async () => {
    const { backend, store } = createTestBackend();
    const referral = await backend.createReferral(
      { body: referralBody({ roleId: roles.backendEngineer }) },
      en,
    );
    assert.deepEqual(
      { ...referral, id: 'id' },
      {
        id: 'id',
        roleId: roles.backendEngineer,
        status: 'received',
        candidateNotified: true,
        createdAt: NOW.toISOString(),
      },
    );
    const stored = store.referrals.get(referral.id);
    assert.equal(stored?.referrer.email, 'lukasz.nowak@example.com');
    assert.equal(stored?.candidate.email, 'hanako.sato@example.jp');
  });

  it('takes the referrer from the member token, else asks for one (400)', async () => {
    const { backend, store } = createTestBackend();
    const body = referralBody({ referrer: undefined });
    const referral = await backend.createReferral({ body }, asMember(DEMO_IDS.members.employee));
    assert.equal(store.referrals.get(referral.id)?.referrer.sub, DEMO_IDS.members.employee.sub);
    const problem = await assertProblem(backend.createReferral({ body }, en), 400, 'validation_failed');
    assert.deepEqual(fieldCodes(problem), ['referrer: required']);
  });

  it('refuses a role that is closed or unknown (400 on roleId)', async () => {
    const { backend } = createTestBackend();
    for (const roleId of [roles.closed, 'role_unknown']) {
      const problem = await assertProblem(
        backend.createReferral({ body: referralBody({ roleId }) }, en),
        400,
        'validation_failed',
      );
      assert.deepEqual(fieldCodes(problem), ['roleId: invalid_value']);
    }
  });

  it('refuses the same candidate for the same role, or twice in general (409)', async () => {
    const { backend } = createTestBackend();
    const candidate = { name: '佐藤 花子', email: 'Hanako.Sato@example.jp' };
    await backend.createReferral({ body: referralBody({ roleId: roles.dataScientist }) }, en);
    await backend.createReferral({ body: referralBody() }, en);
    for (const roleId of [roles.dataScientist, null]) {
      const body = referralBody({
        roleId,
        candidate,
        referrer: { name: 'Other', email: 'other@example.com' },
      });
      await assertProblem(backend.createReferral({ body }, en), 409, 'duplicate_referral');
    }
    await backend.createReferral({ body: referralBody({ roleId: roles.productDesigner }) }, en);
  });

  it('requires the candidate’s agreement', async () => {
    const { backend } = createTestBackend();
    const body = { ...referralBody(), candidateConsent: false } as unknown as ReturnType<typeof referralBody>;
    const problem = await assertProblem(backend.createReferral({ body }, en), 400, 'validation_failed');
    assert.deepEqual(fieldCodes(problem), ['candidateConsent: must_accept']);
  });

  it('pretends to succeed for a bot that filled the honeypot, and stores nothing', async () => {
    const { backend, store } = createTestBackend();
    await backend.createReferral({ body: referralBody({ antiSpam: { honeypot: 'x' } }) }, en);
    assert.equal(store.referrals.size, 0);
    await backend.createReferral({ body: referralBody() }, en);
  });
});
