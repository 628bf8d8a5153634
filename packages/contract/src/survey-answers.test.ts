import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from './examples.ts';
import type { Survey, SurveyAnswer } from './schemas/survey.ts';
import { answerIssues, isSurveyClosed } from './survey-answers.ts';
import { reunionSurvey } from './test-support/fixtures.ts';

const required: SurveyAnswer[] = [
  { questionId: 'q_overall', score: 4 },
  { questionId: 'q_recommend', score: 8 },
];

/** The issues of the required answers plus `answer`, as `"<pointer> <code>"`. */
const issuesWith = (...answers: SurveyAnswer[]): string[] =>
  answerIssues(reunionSurvey, [...required, ...answers]).map((issue) => `${issue.pointer} ${issue.code}`);

describe('answerIssues', () => {
  test('the example response answers the survey without issues', () => {
    assert.deepEqual(answerIssues(reunionSurvey, examples.createSurveyResponse.body.answers), []);
  });

  test('reports each unanswered required question', () => {
    assert.deepEqual(answerIssues(reunionSurvey, []), [
      { pointer: '/answers', questionId: 'q_overall', code: 'required' },
      { pointer: '/answers', questionId: 'q_recommend', code: 'required' },
    ]);
  });

  test('reports unknown and twice-answered questions', () => {
    assert.deepEqual(issuesWith({ questionId: 'q_nope', score: 1 }), [
      '/answers/2/questionId unknown_question',
    ]);
    assert.deepEqual(issuesWith({ questionId: 'q_overall', score: 5 }), ['/answers/2 duplicate_answer']);
  });

  test('rating takes a score from 1 to 5 and nothing else', () => {
    const rating = (answer: Omit<SurveyAnswer, 'questionId'>) =>
      answerIssues(reunionSurvey, [{ questionId: 'q_overall', ...answer }, required[1]!]).map(
        (issue) => issue.code,
      );
    assert.deepEqual(rating({ score: 1 }), []);
    assert.deepEqual(rating({ score: 5 }), []);
    for (const answer of [
      { score: 0 },
      { score: 6 },
      {},
      { score: 3, text: 'good' },
      { score: 3, choices: ['a'] },
    ]) {
      assert.deepEqual(rating(answer), ['invalid_answer'], JSON.stringify(answer));
    }
  });

  test('NPS takes a score from 0 to 10', () => {
    const nps = (score: number | undefined) =>
      answerIssues(reunionSurvey, [required[0]!, { questionId: 'q_recommend', score }]).map(
        (issue) => issue.pointer,
      );
    assert.deepEqual(nps(0), []);
    assert.deepEqual(nps(10), []);
    assert.deepEqual(nps(11), ['/answers/1/score']);
    assert.deepEqual(nps(undefined), ['/answers/1/score']);
  });

  test('single choice takes exactly one known option or "other"', () => {
    assert.deepEqual(issuesWith({ questionId: 'q_heard_from', choices: ['opt_colleague'] }), []);
    assert.deepEqual(issuesWith({ questionId: 'q_heard_from', other: 'A friend' }), []);
    for (const answer of [
      { questionId: 'q_heard_from', choices: ['opt_colleague', 'opt_social'] },
      { questionId: 'q_heard_from', choices: ['opt_colleague'], other: 'A friend' },
    ]) {
      assert.deepEqual(issuesWith(answer), ['/answers/2/choices too_many_choices'], JSON.stringify(answer));
    }
    for (const answer of [
      { questionId: 'q_heard_from', choices: ['opt_fax'] },
      { questionId: 'q_heard_from', choices: [] },
      { questionId: 'q_heard_from', choices: ['opt_colleague'], score: 3 },
    ]) {
      assert.deepEqual(issuesWith(answer), ['/answers/2/choices invalid_answer'], JSON.stringify(answer));
    }
  });

  test('a choice question takes no "other" unless it allows one', () => {
    const withoutOther: Survey = {
      ...reunionSurvey,
      questions: reunionSurvey.questions.map((question) =>
        question.kind === 'single-choice' ? { ...question, allowOther: false } : question,
      ),
    };
    const answers = [...required, { questionId: 'q_heard_from', other: 'A friend' }];
    assert.deepEqual(
      answerIssues(withoutOther, answers).map((issue) => `${issue.pointer} ${issue.code}`),
      ['/answers/2/choices invalid_answer'],
    );
  });

  test('multiple choice takes distinct known options plus "other", up to maxSelections', () => {
    assert.deepEqual(
      issuesWith({ questionId: 'q_next_format', choices: ['opt_virtual'], other: '社内勉強会' }),
      [],
    );
    assert.deepEqual(issuesWith({ questionId: 'q_next_format', other: 'Hackathon' }), []);
    assert.deepEqual(
      issuesWith({
        questionId: 'q_next_format',
        choices: ['opt_in_person', 'opt_virtual', 'opt_regional'],
        other: 'Hackathon',
      }),
      ['/answers/2/choices too_many_choices'],
    );
    assert.deepEqual(issuesWith({ questionId: 'q_next_format', choices: ['opt_virtual', 'opt_virtual'] }), [
      '/answers/2/choices invalid_answer',
    ]);
    assert.deepEqual(issuesWith({ questionId: 'q_next_format', choices: [] }), [
      '/answers/2/choices invalid_answer',
    ]);
  });

  test('text takes text only, up to the question maximum', () => {
    assert.deepEqual(issuesWith({ questionId: 'q_ideas', text: 'x'.repeat(1_000) }), []);
    assert.deepEqual(issuesWith({ questionId: 'q_ideas', text: 'x'.repeat(1_001) }), [
      '/answers/2/text too_big',
    ]);
    const [tooLong] = answerIssues(reunionSurvey, [
      ...required,
      { questionId: 'q_ideas', text: 'x'.repeat(1_001) },
    ]);
    assert.deepEqual(tooLong?.params, { maximum: 1_000 }, 'the limit, for the message');
    assert.deepEqual(issuesWith({ questionId: 'q_ideas', score: 3 }), ['/answers/2/text invalid_answer']);
    assert.deepEqual(issuesWith({ questionId: 'q_ideas', text: 'ok', choices: [] }), [
      '/answers/2/text invalid_answer',
    ]);
  });
});

describe('isSurveyClosed', () => {
  const closesAt = '2026-12-31T15:00:00Z';
  const at = (instant: string) => new Date(instant);

  test('a survey takes responses until its closesAt, and none from then on', () => {
    assert.equal(isSurveyClosed({ closesAt }, at('2026-12-31T14:59:59.999Z')), false);
    assert.equal(isSurveyClosed({ closesAt }, at(closesAt)), true);
    assert.equal(isSurveyClosed({ closesAt }, at('2027-01-01T00:00:00Z')), true);
  });

  test('compares instants, whatever the offset they are written with', () => {
    assert.equal(isSurveyClosed({ closesAt: '2027-01-01T00:00:00+09:00' }, at('2026-12-31T15:30:00Z')), true);
  });

  test('a survey without closesAt never closes', () => {
    assert.equal(isSurveyClosed({}, at('2099-01-01T00:00:00Z')), false);
  });
});
