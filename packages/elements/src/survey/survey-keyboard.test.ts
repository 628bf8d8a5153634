import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, focused, part, settled } from '../../test/helpers/form.ts';
import { defaultSurvey, recordingBackend } from '../../test/helpers/survey.ts';
import type { AlumniFeedbackSurvey } from './alumni-feedback-survey.ts';

const startFromThePage = () => (document.activeElement as HTMLElement | null)?.blur();

const press = async (...keys: string[]) => {
  for (const key of keys) await sendKeys({ press: key });
};

/** The id, else the part, of the focused element inside the survey. */
const focusedName = (survey: AlumniFeedbackSurvey) => {
  const element = focused(survey);
  return element ? element.id || element.getAttribute('part') : '';
};

/** The answers the keyboard gives the reunion survey below, as the body sends them. */
const ANSWERS = [
  { questionId: 'q_overall', score: 4 },
  { questionId: 'q_recommend', score: 9 },
  { questionId: 'q_heard_from', choices: [], other: 'A podcast' },
  { questionId: 'q_next_format', choices: ['opt_in_person', 'opt_regional'] },
  { questionId: 'q_comments', text: 'Great food' },
  { questionId: 'q_ideas', text: 'A hike' },
];

describe('<alumni-feedback-survey> by keyboard alone', () => {
  afterEach(() => sessionStorage.clear());

  it('page layout: Tab visits each question once (radios as one stop), Other’s text only once chosen', async () => {
    const survey = await defaultSurvey(recordingBackend().backend);
    startFromThePage();
    const visited: string[] = [];
    for (let step = 0; step < 20; step++) {
      await press('Tab');
      const name = focusedName(survey);
      if (!name) break;
      visited.push(name);
    }
    expect(visited).to.deep.equal([
      'field-answers.q_overall',
      'field-answers.q_recommend',
      'field-answers.q_heard_from',
      'field-answers.q_next_format',
      'field-answers.q_next_format-1',
      'field-answers.q_next_format-2',
      'field-answers.q_next_format-3',
      'field-answers.q_comments',
      'field-answers.q_ideas',
      'field-respondent.name',
      'field-respondent.email',
      'submit',
    ]);
  });

  it('page layout: a person answers every kind of question and sends, with the keyboard only', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend);
    startFromThePage();
    await press('Tab', 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight'); // rating: 1, then 4
    await press('Tab', 'Space', 'ArrowLeft', 'ArrowLeft'); // NPS: 0, then 10, 9
    await press('Tab', 'ArrowUp', 'Tab'); // heard from: the last option, "Other", and its text
    expect(focusedName(survey)).to.equal('field-answers.q_heard_from-other');
    await sendKeys({ type: 'A podcast' });
    await press('Tab', 'Space', 'Tab', 'Tab', 'Space', 'Tab'); // next format: the first and the third
    await press('Tab');
    await sendKeys({ type: 'Great food' });
    await press('Tab');
    await sendKeys({ type: 'A hike' });
    await press('Tab');
    await sendKeys({ type: 'Ada Lovelace' });
    await press('Tab');
    await sendKeys({ type: 'ada@example.com' });
    await press('Enter');
    await settled(survey);

    expect(survey.state).to.equal('success');
    expect(calls[0]?.input.body.answers).to.deep.equal(ANSWERS);
    expect(calls[0]?.input.body.respondent).to.deep.equal({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(focused(survey)).to.equal(part(survey, 'success'));
  });

  it('stepper layout, in Japanese: Enter moves on, the focus lands on each new question, and the last step sends', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend, { layout: 'stepper', lang: 'ja' });
    const heading = () => part(survey, 'progress').textContent?.trim();
    /** Presses `keys`, the last of which moves on, and waits for the step titled `next`. */
    const moveOn = async (next: string, ...keys: string[]) => {
      await press(...keys);
      await waitUntil(() => heading() === next, `${heading()} did not move on to ${next}`);
      expect(focusedName(survey)).to.equal('progress');
    };
    startFromThePage();

    await press('Tab', 'Enter');
    await waitUntil(
      () => control(survey, 'answers.q_overall').error,
      'Next let the unanswered question pass',
    );
    expect(heading()).to.equal('質問 1 / 6');
    expect(focusedName(survey)).to.equal('field-answers.q_overall');

    await moveOn('質問 2 / 6', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter'); // 4 stars
    await moveOn('質問 3 / 6', 'Tab', 'Space', 'ArrowLeft', 'ArrowLeft', 'Enter'); // NPS 0, then 10, 9
    await press('Tab', 'ArrowUp', 'Tab'); // "Other", and its text
    await sendKeys({ type: 'A podcast' });
    await moveOn('質問 4 / 6', 'Enter');
    await moveOn('質問 5 / 6', 'Tab', 'Space', 'Tab', 'Tab', 'Space', 'Enter');
    await press('Tab');
    await sendKeys({ type: 'Great food' });
    await moveOn('質問 6 / 6', 'Tab', 'Tab', 'Enter'); // from the text area past Back to Next
    await press('Tab');
    await sendKeys({ type: 'A hike' });
    await moveOn('最後のステップ', 'Tab', 'Tab', 'Enter');

    await press('Tab');
    await sendKeys({ type: '山田 花子' });
    await press('Tab');
    await sendKeys({ type: 'hanako@example.com' });
    await press('Enter');
    await settled(survey);

    expect(survey.state).to.equal('success');
    expect(calls).to.have.length(1);
    expect(calls[0]?.input.body.answers).to.deep.equal(ANSWERS);
    expect(calls[0]?.input.body.respondent).to.deep.equal({ name: '山田 花子', email: 'hanako@example.com' });
  });
});
