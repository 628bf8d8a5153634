import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { examples } from '@alumni-kit/contract';
import { members, referrals, rsvps, surveyResponses } from '../db/schema/index.ts';
import { alumniSignup } from '../test-support/bodies.ts';
import { rowCounts } from '../test-support/row-counts.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

const WRITES = [
  { path: '/v1/signups', body: alumniSignup('bot@example.com'), table: members },
  { path: '/v1/events/evt_tokyo_reunion_2026/rsvps', body: examples.createRsvp.body, table: rsvps },
  { path: '/v1/referrals', body: examples.createReferral.body, table: referrals },
  {
    path: '/v1/surveys/srv_reunion_feedback/responses',
    body: examples.createSurveyResponse.body,
    table: surveyResponses,
  },
];

describe('spam protection on public writes', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext({ minFillTimeMs: 2_000 });
  });
  after(() => context.close());

  for (const { path, body, table } of WRITES) {
    test(`${path}: a filled honeypot or a too fast form looks accepted and stores nothing`, async () => {
      const { api, tenantId } = await context.newTenant();
      const count = async () => (await rowCounts(context.database.db, tenantId, [table]))[0] ?? 0;
      const before = await count();
      for (const antiSpam of [{ honeypot: 'http://spam.example' }, { fillTimeMs: 300 }]) {
        const response = await api.post(path, { ...body, antiSpam });
        assert.equal(response.status, 201);
      }
      assert.equal(await count(), before);
      const human = await api.post(path, { ...body, antiSpam: { honeypot: '', fillTimeMs: 9_000 } });
      assert.equal(human.status, 201);
      assert.equal(await count(), before + 1);
    });
  }
});
