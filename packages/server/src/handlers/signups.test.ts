import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { invitations, members } from '../db/schema/index.ts';
import { alumniSignup, employeeSignup } from '../test-support/bodies.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

describe('POST /v1/signups', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  test('an alumna joins with her personal e-mail, stored lower-cased with her consent', async () => {
    const { api, tenantId } = await context.newTenant({ seed: false });
    const response = await api.post(
      '/v1/signups',
      alumniSignup('Hanako.Yamada+Alumni@Example.com', {
        joinedOn: '2015-04',
        leftOn: '2023-03',
        interests: ['mentoring', 'returning'],
        source: { campaign: 'winter' },
        hiddenFields: { office: 'Osaka' },
      }),
    );
    assert.equal(response.status, 201);
    const { member, invitationAccepted } = response.body as {
      member: Record<string, unknown>;
      invitationAccepted: boolean;
    };
    assert.equal(invitationAccepted, false);
    assert.equal(member['email'], 'hanako.yamada+alumni@example.com');
    assert.equal(member['name'], '山田 花子');
    assert.deepEqual(member['interests'], ['mentoring', 'returning']);
    const [row] = await context.database.db.select().from(members).where(eq(members.tenantId, tenantId));
    assert.equal(row?.consentVersion, '2026-04');
    assert.deepEqual(row?.hiddenFields, { office: 'Osaka' });
    assert.deepEqual(row?.source, { campaign: 'winter' });
  });

  test('an employee joins during onboarding with a work and a personal e-mail', async () => {
    const { api } = await context.newTenant({ seed: false });
    const response = await api.post(
      '/v1/signups',
      employeeSignup('alex@corp.example.com', 'alex@example.net'),
    );
    assert.equal(response.status, 201);
    const { member } = response.body as { member: Record<string, unknown> };
    assert.equal(member['mode'], 'employee');
    assert.equal(member['email'], 'alex@example.net');
    assert.equal(member['workEmail'], 'alex@corp.example.com');
    assert.equal(member['employeeId'], undefined);
  });

  test('any address already on a member, personal or work, answers 409 already_member', async () => {
    const { api } = await context.newTenant({ seed: false });
    assert.equal(
      (await api.post('/v1/signups', employeeSignup('sam@corp.example.com', 'sam@example.net'))).status,
      201,
    );
    for (const body of [
      alumniSignup('SAM@example.net'),
      alumniSignup('sam@corp.example.com'),
      employeeSignup('sam@corp.example.com', 'other@example.net'),
    ]) {
      const response = await api.post('/v1/signups', body);
      assert.equal(response.status, 409);
      assert.equal((response.body as { code: string }).code, 'already_member');
    }
  });

  test('the same e-mail may join two tenants', async () => {
    const first = await context.newTenant({ seed: false });
    const second = await context.newTenant({ seed: false });
    assert.equal((await first.api.post('/v1/signups', alumniSignup('both@example.com'))).status, 201);
    assert.equal((await second.api.post('/v1/signups', alumniSignup('both@example.com'))).status, 201);
  });

  test('an invitation token marks that invitation accepted, once', async () => {
    const { api, tenantId } = await context.newTenant({ seed: false });
    const token = `inv_${tenantId}`;
    await context.database.db
      .insert(invitations)
      .values({ token, tenantId, email: 'kenji@example.org', status: 'sent', sentAt: new Date() });
    const accepted = await api.post(
      '/v1/signups',
      alumniSignup('kenji@example.org', { invitationToken: token }),
    );
    assert.equal((accepted.body as { invitationAccepted: boolean }).invitationAccepted, true);
    const [row] = await context.database.db
      .select()
      .from(invitations)
      .where(and(eq(invitations.token, token), eq(invitations.tenantId, tenantId)));
    assert.equal(row?.status, 'accepted');
    assert.equal(row?.memberId, (accepted.body as { member: { id: string } }).member.id);

    const again = await api.post(
      '/v1/signups',
      alumniSignup('friend@example.org', { invitationToken: token }),
    );
    assert.equal((again.body as { invitationAccepted: boolean }).invitationAccepted, false);
    const unknown = await api.post(
      '/v1/signups',
      alumniSignup('nobody@example.org', { invitationToken: 'inv_unknown_token_1' }),
    );
    assert.equal((unknown.body as { invitationAccepted: boolean }).invitationAccepted, false);
  });

  test('a personal e-mail equal to the work one is refused, naming the field', async () => {
    const { api } = await context.newTenant({ seed: false });
    const response = await api.post('/v1/signups', employeeSignup('same@example.com', 'same@example.com'));
    assert.equal(response.status, 400);
    const { errors } = response.body as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      errors.map(({ pointer, code }) => [pointer, code]),
      [['/personalEmail', 'personal_email_differs']],
    );
  });
});
