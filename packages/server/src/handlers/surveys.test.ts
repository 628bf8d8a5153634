import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { examples, Survey, SurveyResponseReceipt, validate } from '@alumni-kit/contract';
import { and, eq } from 'drizzle-orm';
import { surveyRespondents, surveyResponses, surveys } from '../db/schema/index.ts';
import { startTestContext, type TestContext } from '../test-support/test-context.ts';

const NAMED = '/v1/surveys/srv_reunion_feedback';
const ANONYMOUS = '/v1/surveys/srv_year_end_party_feedback';
const answers = examples.createSurveyResponse.body.answers;

describe('surveys', () => {
  let context: TestContext;
  before(async () => {
    context = await startTestContext();
  });
  after(() => context.close());

  test('a survey definition; unknown ones are 404', async () => {
    const { api } = await context.newTenant();
    const response = await api.get(NAMED);
    assert.equal(response.status, 200);
    assert.ok(validate(Survey, response.body).ok);
    assert.equal((response.body as Survey).questions.length, 6);
    assert.equal((await api.get('/v1/surveys/srv_unknown')).status, 404);
  });

  test('a response is kept with its respondent, once per person', async () => {
    const { api, tenantId } = await context.newTenant();
    const body = { respondent: { name: '鈴木 一郎', email: 'ichiro@example.jp' }, answers };
    const response = await api.post(`${NAMED}/responses`, body);
    assert.equal(response.status, 201);
    assert.ok(validate(SurveyResponseReceipt, response.body).ok);
    const [row] = await context.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.tenantId, tenantId));
    assert.equal(row?.respondentEmail, 'ichiro@example.jp');
    assert.equal(row?.eventId, 'evt_tokyo_reunion_2026');
    const again = await api.post(`${NAMED}/responses`, {
      ...body,
      respondent: { name: 'I. Suzuki', email: 'ICHIRO@example.jp' },
    });
    assert.equal(again.status, 409);
    assert.equal((again.body as { code: string }).code, 'already_answered');
  });

  test('anonymous responses store no identity, yet a member answers once', async () => {
    const tenant = await context.newTenant();
    const memberToken = tenant.memberToken({ email: 'anon@example.com', name: '匿名 太郎' });
    const body = { answers: [{ questionId: 'q_event_rating', score: 4 }] };
    const response = await tenant.api.post(`${ANONYMOUS}/responses`, body, { memberToken });
    assert.equal(response.status, 201);
    assert.equal((response.body as SurveyResponseReceipt).anonymous, true);
    const [row] = await context.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.tenantId, tenant.tenantId));
    assert.deepEqual([row?.respondentName, row?.respondentEmail, row?.respondentSub], [null, null, null]);
    const hashes = await context.database.db
      .select()
      .from(surveyRespondents)
      .where(eq(surveyRespondents.tenantId, tenant.tenantId));
    assert.equal(hashes.length, 2);
    assert.ok(hashes.every(({ identityHash }) => !identityHash.includes('anon')));
    assert.equal((await tenant.api.post(`${ANONYMOUS}/responses`, body, { memberToken })).status, 409);
    assert.equal((await tenant.api.post(`${ANONYMOUS}/responses`, body)).status, 201);
  });

  test('answers that break the survey rules are refused, naming each answer', async () => {
    const { api } = await context.newTenant();
    const response = await api.post(`${NAMED}/responses`, {
      respondent: { name: 'A', email: 'a@example.com' },
      eventId: 'evt_unknown',
      answers: [
        { questionId: 'q_overall', score: 9 },
        { questionId: 'q_heard_from', choices: ['opt_invitation', 'opt_colleague'] },
        { questionId: 'q_missing', score: 1 },
      ],
    });
    assert.equal(response.status, 400);
    const { errors } = response.body as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(
      errors.map(({ pointer, code }) => [pointer, code]),
      [
        ['/answers/0/score', 'invalid_answer'],
        ['/answers/1/choices', 'too_many_choices'],
        ['/answers/2/questionId', 'unknown_question'],
        ['/answers', 'required'],
        ['/eventId', 'invalid_value'],
      ],
    );
  });

  test('a survey past its closing time takes no response: 409 survey_closed, nothing stored', async () => {
    const { api, tenantId } = await context.newTenant();
    const body = { respondent: { name: 'A', email: 'a@example.com' }, answers };
    await context.database.db
      .update(surveys)
      .set({ closesAt: new Date(Date.now() - 1_000) })
      .where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, 'srv_reunion_feedback')));
    const closed = await api.post(`${NAMED}/responses`, body);
    assert.equal(closed.status, 409);
    assert.equal((closed.body as { code: string }).code, 'survey_closed');
    const broken = await api.post(`${NAMED}/responses`, { ...body, answers: [] });
    assert.equal((broken.body as { code: string }).code, 'survey_closed', 'whatever the answers');
    const stored = await context.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.tenantId, tenantId));
    assert.deepEqual(stored, []);
  });

  test('a named survey needs a respondent without a member token', async () => {
    const { api } = await context.newTenant();
    const response = await api.post(`${NAMED}/responses`, { answers });
    assert.equal(response.status, 400);
    assert.deepEqual(
      (response.body as { errors: { pointer: string }[] }).errors.map((error) => error.pointer),
      ['/respondent'],
    );
  });
});
