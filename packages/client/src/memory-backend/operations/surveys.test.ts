import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SurveyResponseRequest } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import {
  asMember,
  assertProblem,
  createTestBackend,
  en,
  fieldCodes,
  NOW,
  storeText,
} from '../test-helpers.ts';

const { reunionFeedback, anonymousFeedback } = DEMO_IDS.surveys;
const respondent = { name: '鈴木 一郎', email: 'ichiro.suzuki@example.jp' };
const answers = [
  { questionId: 'q_overall', score: 5 },
  { questionId: 'q_recommend', score: 9 },
  { questionId: 'q_heard_from', choices: [], other: 'A podcast' },
  { questionId: 'q_next_format', choices: ['opt_in_person', 'opt_virtual'] },
  { questionId: 'q_ideas', text: '大阪での勉強会も!' },
];
const anonymousAnswers = [{ questionId: 'q_event_rating', score: 4 }];
const respond = (surveyId: string, body: SurveyResponseRequest) => ({ params: { surveyId }, body });

describe('getSurvey', () => {
  it('gives the definition; unknown surveys are 404', async () => {
    const { backend } = createTestBackend();
    const survey = await backend.getSurvey({ params: { surveyId: reunionFeedback } }, en);
    assert.equal(survey.questions.length, 6);
    await assertProblem(backend.getSurvey({ params: { surveyId: 'srv_unknown' } }, en), 404, 'not_found');
  });
});

describe('createSurveyResponse', () => {
  it('stores the answers with the respondent and the survey’s event', async () => {
    const { backend, store } = createTestBackend();
    const receipt = await backend.createSurveyResponse(respond(reunionFeedback, { answers, respondent }), en);
    assert.deepEqual(
      { ...receipt, id: 'id' },
      { id: 'id', surveyId: reunionFeedback, anonymous: false, submittedAt: NOW.toISOString() },
    );
    const stored = store.surveyResponses.get(receipt.id);
    assert.deepEqual(stored?.respondent, respondent);
    assert.equal(stored?.eventId, DEMO_IDS.events.reunion);
    assert.equal(stored?.answers.length, answers.length);
  });

  it('stores the event the response names, and refuses one that does not exist', async () => {
    const { backend, store } = createTestBackend();
    const eventId = DEMO_IDS.events.pastSocial;
    const receipt = await backend.createSurveyResponse(
      respond(reunionFeedback, { answers, respondent, eventId }),
      en,
    );
    assert.equal(store.surveyResponses.get(receipt.id)?.eventId, eventId);
    const other = { name: 'A', email: 'a@example.com' };
    const unknown = respond(reunionFeedback, { answers, respondent: other, eventId: DEMO_IDS.events.draft });
    const problem = await assertProblem(backend.createSurveyResponse(unknown, en), 400, 'validation_failed');
    assert.deepEqual(fieldCodes(problem), ['eventId: invalid_value']);
  });

  it('names every broken survey rule with its code, and a missing respondent', async () => {
    const { backend } = createTestBackend();
    const broken = [
      { questionId: 'q_overall', score: 7 },
      {
        questionId: 'q_next_format',
        choices: ['opt_in_person', 'opt_virtual', 'opt_regional'],
        other: 'Kyoto',
      },
      { questionId: 'q_comments', text: 'x'.repeat(2_001) },
      { questionId: 'q_missing', score: 1 },
    ];
    const call = backend.createSurveyResponse(respond(reunionFeedback, { answers: broken }), {
      locale: 'ja',
    });
    const problem = await assertProblem(call, 400, 'validation_failed');
    assert.deepEqual(fieldCodes(problem), [
      'answers.0.score: invalid_answer',
      'answers.1.choices: too_many_choices',
      'answers.2.text: too_big',
      'answers.3.questionId: unknown_question',
      'answers: required',
      'respondent: required',
    ]);
    assert.equal(problem.errors[2]?.message, '2000 以下を入力してください。');
  });

  it('takes one response per member: by token `sub`, or by e-mail (409 already_answered)', async () => {
    const { backend } = createTestBackend();
    const member = asMember(DEMO_IDS.members.alumna);
    await backend.createSurveyResponse(respond(reunionFeedback, { answers }), member);
    await assertProblem(
      backend.createSurveyResponse(respond(reunionFeedback, { answers }), member),
      409,
      'already_answered',
    );
    const sameEmail = { name: 'Hanako', email: DEMO_IDS.members.alumna.email };
    const byEmail = backend.createSurveyResponse(
      respond(reunionFeedback, { answers, respondent: sameEmail }),
      en,
    );
    await assertProblem(byEmail, 409, 'already_answered');
    const renamed = asMember({ ...DEMO_IDS.members.alumna, email: 'hanako.new@example.com' });
    await assertProblem(
      backend.createSurveyResponse(respond(reunionFeedback, { answers }), renamed),
      409,
      'already_answered',
    );

    await backend.createSurveyResponse(respond(reunionFeedback, { answers, respondent }), en);
    await assertProblem(
      backend.createSurveyResponse(respond(reunionFeedback, { answers, respondent }), en),
      409,
      'already_answered',
    );
  });

  it('keeps no identity with an anonymous response, yet takes one response per member', async () => {
    const { backend, store } = createTestBackend();
    const { alumna } = DEMO_IDS.members;
    const receipt = await backend.createSurveyResponse(
      respond(anonymousFeedback, { answers: anonymousAnswers, respondent }),
      asMember(alumna),
    );
    assert.equal(receipt.anonymous, true);
    const text = storeText(store);
    for (const trace of [alumna.sub, alumna.email, alumna.name, respondent.email, respondent.name]) {
      const stored = text.slice(text.indexOf('"surveyResponses"'));
      assert.ok(!stored.includes(trace), `${trace} is stored with the anonymous response`);
    }
    assert.equal(store.surveyResponses.get(receipt.id)?.respondent, undefined);
    await assertProblem(
      backend.createSurveyResponse(
        respond(anonymousFeedback, { answers: anonymousAnswers }),
        asMember(alumna),
      ),
      409,
      'already_answered',
    );
  });

  it('accepts anonymous responses that carry no identity at all', async () => {
    const { backend, store } = createTestBackend();
    await backend.createSurveyResponse(respond(anonymousFeedback, { answers: anonymousAnswers }), en);
    await backend.createSurveyResponse(respond(anonymousFeedback, { answers: anonymousAnswers }), en);
    assert.equal(store.surveyResponses.size, 2);
  });

  it('takes responses until the survey closes, then 409 survey_closed, whatever the answers', async () => {
    const test = createTestBackend();
    const closesAt = test.store.surveys.get(reunionFeedback)?.closesAt;
    assert.ok(closesAt, 'the demo survey has a closing time');
    test.clock.now = new Date(Date.parse(closesAt) - 1);
    await test.backend.createSurveyResponse(respond(reunionFeedback, { answers, respondent }), en);
    test.clock.now = new Date(closesAt);
    const late = { name: 'Late', email: 'late@example.com' };
    const problem = await assertProblem(
      test.backend.createSurveyResponse(respond(reunionFeedback, { answers, respondent: late }), en),
      409,
      'survey_closed',
    );
    assert.equal(problem.title, 'This survey is closed');
    await assertProblem(
      test.backend.createSurveyResponse(respond(reunionFeedback, { answers: [] }), en),
      409,
      'survey_closed',
    );
    assert.equal(test.store.surveyResponses.size, 1);
  });

  it('keeps a survey without closing time open', async () => {
    const test = createTestBackend();
    test.clock.now = new Date('2099-01-01T00:00:00Z');
    const receipt = await test.backend.createSurveyResponse(
      respond(anonymousFeedback, { answers: anonymousAnswers }),
      en,
    );
    assert.equal(receipt.surveyId, anonymousFeedback);
  });

  it('pretends to succeed for a bot that filled the honeypot, and stores nothing', async () => {
    const { backend, store } = createTestBackend();
    const body = { answers, respondent, antiSpam: { honeypot: 'x' } };
    await backend.createSurveyResponse(respond(reunionFeedback, body), en);
    assert.equal(store.surveyResponses.size, 0);
    await backend.createSurveyResponse(respond(reunionFeedback, { answers, respondent }), en);
  });
});
