import { fieldError, ruleMessage, type Survey } from '@alumni-kit/contract';
import { DEMO_IDS, demoData } from '@alumni-kit/contract/demo';
import { expect } from '@open-wc/testing';
import { byQuestion, responseBody } from './answers.ts';
import { surveyRules } from './rules.ts';

const reunion = demoData(new Date()).surveys.find(
  (survey) => survey.id === DEMO_IDS.surveys.reunionFeedback,
) as Survey;
const named = { eventId: undefined, respondent: true };

describe('survey answers and rules', () => {
  it('builds the body from the controls’ values: answered questions in the survey’s order', () => {
    const body = responseBody(
      reunion,
      {
        'answers.q_ideas': 'Karaoke',
        'answers.q_overall': 5,
        'answers.q_heard_from': { choices: ['opt_colleague'] },
        'answers.q_next_format': { choices: [] },
        'answers.q_comments': '',
        'respondent.email': 'ada@example.com',
      },
      { eventId: DEMO_IDS.events.reunion, respondent: true },
      1_234,
    );
    expect(body).to.deep.equal({
      answers: [
        { questionId: 'q_overall', score: 5 },
        { questionId: 'q_heard_from', choices: ['opt_colleague'] },
        { questionId: 'q_ideas', text: 'Karaoke' },
      ],
      eventId: DEMO_IDS.events.reunion,
      respondent: { email: 'ada@example.com' },
      antiSpam: { fillTimeMs: 1_234 },
    });
  });

  it('asks for the respondent only when told, as an empty object when nothing was typed', () => {
    expect(responseBody(reunion, {}, named, 0).respondent).to.deep.equal({});
    expect(
      responseBody(reunion, { 'respondent.name': 'Ada' }, { ...named, respondent: false }, 0),
    ).not.to.have.property('respondent');
  });

  it('names each error after the question’s control, whatever the answer’s index in the body', () => {
    const body = responseBody(
      reunion,
      { 'answers.q_recommend': 11, 'answers.q_next_format': { choices: ['opt_virtual'], other: '' } },
      named,
      0,
    );
    const errors = surveyRules(reunion).check(body, 'en');
    expect(errors.map(({ path, message }) => [path, message])).to.deep.equal([
      ['answers.q_recommend.score', ruleMessage('too_big', 'en', { maximum: 10 })],
      ['answers.q_next_format.other', ruleMessage('required', 'en')],
      ['respondent.name', ruleMessage('required', 'en')],
      ['respondent.email', ruleMessage('required', 'en')],
      // The survey's own rule finds the score too, after the schema: a control shows its first error.
      ['answers.q_recommend.score', ruleMessage('invalid_answer', 'en')],
      ['answers.q_overall', ruleMessage('required', 'en')],
    ]);
  });

  it('answers in Japanese, and finds nothing wrong with a complete response', () => {
    const rules = surveyRules(reunion);
    const [error] = rules.check(responseBody(reunion, {}, named, 0), 'ja');
    expect(error?.message).to.equal(ruleMessage('required', 'ja'));
    const complete = responseBody(
      reunion,
      {
        'answers.q_overall': 3,
        'answers.q_recommend': 0,
        'respondent.name': 'Ada',
        'respondent.email': 'a@b.co',
      },
      named,
      0,
    );
    expect(rules.check(complete, 'en')).to.deep.equal([]);
  });

  it('renames the server’s errors by index and leaves the others as they are', () => {
    const body = {
      answers: [
        { questionId: 'q_overall', score: 6 },
        { questionId: 'q_comments', text: 'x' },
      ],
    };
    const errors = byQuestion(
      [
        fieldError(['answers', 1, 'text'], 'too_big', 'en'),
        fieldError(['answers', 0], 'invalid_answer', 'en'),
        fieldError(['answers', 7, 'score'], 'invalid_answer', 'en'),
        fieldError(['respondent', 'email'], 'invalid_email', 'en'),
      ],
      body,
    );
    expect(errors.map(({ path }) => path)).to.deep.equal([
      'answers.q_comments.text',
      'answers.q_overall',
      'answers.7.score',
      'respondent.email',
    ]);
  });
});
