import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Referral, RoleList, validate } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { eq } from 'drizzle-orm';
import { outbox, referrals } from '../db/schema/index.ts';
import { referral } from '../test-support/bodies.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

describe('roles and referrals', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  test('open roles are listed newest first; filled ones are not', async () => {
    const { api } = await context.newTenant();
    const response = await api.get('/v1/roles');
    assert.equal(response.status, 200);
    assert.ok(validate(RoleList, response.body).ok);
    const { items } = response.body as RoleList;
    const { backendEngineer, productDesigner, dataScientist, customerSuccess } = DEMO_IDS.roles;
    assert.deepEqual(
      items.map((role) => role.id),
      [backendEngineer, productDesigner, dataScientist, customerSuccess],
    );
  });

  test('a referral is stored with its referrer and the candidate is notified', async () => {
    const { api, tenantId } = await context.newTenant();
    const response = await api.post('/v1/referrals', {
      ...referral('Hanako@Example.jp'),
      note: 'Shipped payments with me',
    });
    assert.equal(response.status, 201);
    assert.ok(validate(Referral, response.body).ok);
    const created = response.body as Referral;
    assert.equal(created.candidateNotified, true);
    const [row] = await context.database.db.select().from(referrals).where(eq(referrals.tenantId, tenantId));
    assert.equal(row?.candidateEmail, 'hanako@example.jp');
    assert.equal(row?.referrerEmail, 'lukasz@example.com');
    const [notice] = await context.database.db.select().from(outbox).where(eq(outbox.tenantId, tenantId));
    assert.equal(notice?.recipient, 'hanako@example.jp');
    assert.equal(notice?.kind, 'referral-candidate-notice');
  });

  test('the same candidate for the same role, or twice in general, answers 409 duplicate_referral', async () => {
    const { api } = await context.newTenant();
    assert.equal((await api.post('/v1/referrals', referral('dup@example.com'))).status, 201);
    const duplicate = await api.post('/v1/referrals', referral('DUP@example.com'));
    assert.equal(duplicate.status, 409);
    assert.equal((duplicate.body as { code: string }).code, 'duplicate_referral');
    assert.equal(
      (await api.post('/v1/referrals', referral('dup@example.com', 'role_product_designer_london'))).status,
      201,
    );
    assert.equal((await api.post('/v1/referrals', referral('dup@example.com', null))).status, 201);
    assert.equal((await api.post('/v1/referrals', referral('dup@example.com', null))).status, 409);
  });

  test('a filled or unknown role is refused naming roleId; the referrer is required without a token', async () => {
    const tenant = await context.newTenant();
    for (const roleId of ['role_sales_lead_closed', 'role_unknown']) {
      const response = await tenant.api.post('/v1/referrals', referral('x@example.com', roleId));
      assert.equal(response.status, 400);
      assert.deepEqual(
        (response.body as { errors: { pointer: string }[] }).errors.map((error) => error.pointer),
        ['/roleId'],
      );
    }
    const withoutReferrer = { ...referral('y@example.com'), referrer: undefined };
    const anonymous = await tenant.api.post('/v1/referrals', withoutReferrer);
    assert.equal(anonymous.status, 400);
    assert.deepEqual(
      (anonymous.body as { errors: { pointer: string }[] }).errors.map((error) => error.pointer),
      ['/referrer'],
    );
    const memberToken = tenant.memberToken({ email: 'alumna@example.com', sub: 'acme-1042' });
    const byMember = await tenant.api.post('/v1/referrals', withoutReferrer, { memberToken });
    assert.equal(byMember.status, 201);
    const [row] = await context.database.db
      .select()
      .from(referrals)
      .where(eq(referrals.id, (byMember.body as Referral).id));
    assert.equal(row?.referrerSub, 'acme-1042');
  });

  test('the candidate must have agreed', async () => {
    const { api } = await context.newTenant();
    const response = await api.post('/v1/referrals', {
      ...referral('z@example.com'),
      candidateConsent: false,
    });
    assert.equal(response.status, 400);
    const { errors } = response.body as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      errors.map(({ pointer, code }) => [pointer, code]),
      [['/candidateConsent', 'must_accept']],
    );
  });
});
