import { AlumniApiError } from '@alumni-kit/client';
import { createProblem, fieldError, ruleMessage } from '@alumni-kit/contract';
import { expect, waitUntil } from '@open-wc/testing';
import { control, fill, focused, part, settled } from '../../test/helpers/form.ts';
import {
  ANONYMOUS,
  REQUIRED_REUNION,
  RESPONDENT,
  defaultSurvey,
  recordingBackend,
} from '../../test/helpers/survey.ts';
import type { AlumniFeedbackSurvey } from './alumni-feedback-survey.ts';

const shownSteps = (survey: AlumniFeedbackSurvey) =>
  [...(survey.shadowRoot?.querySelectorAll<HTMLElement>('[part~="step"]') ?? [])].filter(
    (step) => !step.hidden,
  );

/** The names of the controls on the step shown. */
const shownControls = (survey: AlumniFeedbackSurvey) =>
  [...(shownSteps(survey)[0]?.querySelectorAll('[name]:not(input)') ?? [])].map((element) =>
    element.getAttribute('name'),
  );

const heading = (survey: AlumniFeedbackSurvey) => part(survey, 'progress').textContent?.trim();

/** Presses a stepper button and waits for the focus to settle on the next step's heading, or on an error. */
async function press(survey: AlumniFeedbackSurvey, button: 'next' | 'back'): Promise<void> {
  const before = shownSteps(survey)[0];
  part(survey, button).click();
  await waitUntil(
    () => shownSteps(survey)[0] !== before || survey.shadowRoot?.querySelector('[part~="error"]'),
    `${button} did nothing`,
  );
  await survey.updateComplete;
}

describe('<alumni-feedback-survey layout="stepper">', () => {
  afterEach(() => sessionStorage.clear());

  it('shows one question per screen, with its place among the questions, and the respondent last', async () => {
    const survey = await defaultSurvey(recordingBackend().backend, { layout: 'stepper' });
    expect(shownControls(survey)).to.deep.equal(['answers.q_overall']);
    expect(heading(survey)).to.equal('Question 1 of 6');
    expect(part(survey, 'back')).to.equal(null);
    expect(part(survey, 'submit')).to.equal(null);
    expect((part(survey, 'progress-bar') as HTMLProgressElement).value).to.equal(1);
    expect((part(survey, 'progress-bar') as HTMLProgressElement).max).to.equal(7);

    await fill(survey, REQUIRED_REUNION);
    const seen = [];
    for (let step = 0; step < 6; step++) {
      await press(survey, 'next');
      seen.push([heading(survey), shownControls(survey)]);
      expect(focused(survey)).to.equal(part(survey, 'progress'));
    }
    expect(seen).to.deep.equal([
      ['Question 2 of 6', ['answers.q_recommend']],
      ['Question 3 of 6', ['answers.q_heard_from']],
      ['Question 4 of 6', ['answers.q_next_format']],
      ['Question 5 of 6', ['answers.q_comments']],
      ['Question 6 of 6', ['answers.q_ideas']],
      ['Last step', ['respondent.name', 'respondent.email']],
    ]);
    expect(part(survey, 'next')).to.equal(null);
    expect(part(survey, 'submit').textContent?.trim()).to.equal('Send answers');

    await press(survey, 'back');
    expect(heading(survey)).to.equal('Question 6 of 6');
    expect(focused(survey)).to.equal(part(survey, 'progress'));
  });

  it('Next checks the question shown: an unanswered required one keeps the step, with the error and the focus on it', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend, { layout: 'stepper', lang: 'ja' });
    await press(survey, 'next');
    expect(heading(survey)).to.equal('質問 1 / 6');
    expect(control(survey, 'answers.q_overall').error).to.equal(ruleMessage('required', 'ja'));
    expect(focused(survey)).to.equal(control(survey, 'answers.q_overall').querySelector('input'));
    // Only the question shown is judged: the next one's error waits for its own step.
    expect(control(survey, 'answers.q_recommend').error).to.equal('');

    await fill(survey, { 'answers.q_overall': 5 });
    expect(control(survey, 'answers.q_overall').error).to.equal('');
    await press(survey, 'next');
    expect(heading(survey)).to.equal('質問 2 / 6');
    expect(calls).to.have.length(0);
  });

  it('an optional question moves on unanswered; an answer that breaks a rule does not', async () => {
    const survey = await defaultSurvey(recordingBackend().backend, { layout: 'stepper' });
    await fill(survey, { ...REQUIRED_REUNION, 'answers.q_next_format': { choices: [], other: '' } });
    await press(survey, 'next');
    await press(survey, 'next');
    await press(survey, 'next');
    expect(heading(survey)).to.equal('Question 4 of 6');
    await press(survey, 'next');
    expect(heading(survey)).to.equal('Question 4 of 6');
    expect(control(survey, 'answers.q_next_format').error).to.equal(ruleMessage('required', 'en'));
    expect(focused(survey)?.id).to.equal('field-answers.q_next_format-other');
  });

  it('sends from the last step; the server’s errors on an earlier question bring that step back', async () => {
    const rejected = new AlumniApiError(
      createProblem({
        status: 400,
        code: 'validation_failed',
        errors: [fieldError(['answers', 0, 'score'], 'invalid_answer', 'en')],
      }),
    );
    const { backend, calls } = recordingBackend([rejected]);
    const survey = await defaultSurvey(backend, { layout: 'stepper', survey: ANONYMOUS });
    await fill(survey, { 'answers.q_event_rating': 2 });
    await press(survey, 'next');
    await press(survey, 'next');
    expect(heading(survey)).to.equal('Question 3 of 3');
    part(survey, 'submit').click();
    await settled(survey);

    expect(calls).to.have.length(1);
    expect(survey.state).to.equal('invalid');
    expect(heading(survey)).to.equal('Question 1 of 3');
    expect(focused(survey)).to.equal(
      control(survey, 'answers.q_event_rating').querySelector('input:checked'),
    );

    // The summary's link to a question on another step shows that step.
    await press(survey, 'next');
    await press(survey, 'next');
    (part(survey, 'error-summary').querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => heading(survey) === 'Question 1 of 3');
    expect(focused(survey)).to.equal(
      control(survey, 'answers.q_event_rating').querySelector('input:checked'),
    );
  });

  it('the respondent’s details are checked on the last step like any other', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend, { layout: 'stepper' });
    await fill(survey, REQUIRED_REUNION);
    for (let step = 0; step < 6; step++) await press(survey, 'next');
    part(survey, 'submit').click();
    await settled(survey);
    expect(survey.state).to.equal('invalid');
    expect(calls).to.have.length(0);
    expect(focused(survey)).to.equal(control(survey, 'respondent.name').querySelector('input'));

    await fill(survey, RESPONDENT);
    part(survey, 'submit').click();
    await settled(survey);
    expect(survey.state).to.equal('success');
  });

  it('the second click of a double click on Next does not press the button that takes its place', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend, { layout: 'stepper', survey: ANONYMOUS });
    await fill(survey, { 'answers.q_event_rating': 4 });
    await press(survey, 'next');
    const click = (detail: number) =>
      (part(survey, 'next') ?? part(survey, 'submit')).dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail }),
      );
    click(1);
    await waitUntil(() => heading(survey) === 'Question 3 of 3');
    click(2);
    await survey.updateComplete;
    expect(survey.state).to.equal('idle');
    expect(calls).to.have.length(0);
  });
});
