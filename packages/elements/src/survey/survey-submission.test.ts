import { AlumniApiError } from '@alumni-kit/client';
import { createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import {
  answerIssues,
  createProblem,
  fieldError,
  ruleMessage,
  type Survey,
  type SurveyResponseRequest,
} from '@alumni-kit/contract';
import { demoData } from '@alumni-kit/contract/demo';
import { expect, html, oneEvent } from '@open-wc/testing';
import { control, fill, focused, keysOf, part, settled, submit } from '../../test/helpers/form.ts';
import {
  ANONYMOUS,
  REQUIRED_REUNION,
  RESPONDENT,
  REUNION,
  defaultSurvey,
  loaded,
  recordingBackend,
  surveyFixture,
} from '../../test/helpers/survey.ts';
import { sendingTests } from '../../test/helpers/sending-suite.ts';
import { configure } from '../config/configure.ts';
import { FormControl } from '../form-kit/form-control.ts';

const bodyOf = (calls: { input: { body: SurveyResponseRequest } }[], index = 0) => calls[index]?.input.body;
const token = createUnsignedMemberToken({
  sub: 'acme-77',
  email: 'kenji.sato@example.com',
  name: 'Kenji Sato',
});
const demoSurvey = (id: string) => demoData(new Date()).surveys.find((survey) => survey.id === id) as Survey;

/** A value for every question of the reunion survey, by control name. */
const EVERY_ANSWER = {
  ...REQUIRED_REUNION,
  'answers.q_heard_from': { choices: [], other: 'A podcast' },
  'answers.q_next_format': { choices: ['opt_in_person', 'opt_regional'] },
  'answers.q_comments': 'Great food.\nMore name tags, please.',
  'answers.q_ideas': 'A hike up Mount Takao',
};

describe('<alumni-feedback-survey> submission', () => {
  afterEach(() => {
    sessionStorage.clear();
    configure({ memberToken: undefined });
  });

  sendingTests({
    made: 'response',
    mount: defaultSurvey,
    record: recordingBackend,
    valid: { ...EVERY_ANSWER, ...RESPONDENT },
    changed: { 'answers.q_recommend': 10 },
    failedEvent: 'alumni-survey-failed',
  });

  it('sends an answer per answered question, fires alumni-survey-submitted with the receipt and thanks', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend);
    await fill(survey, { ...EVERY_ANSWER, ...RESPONDENT });
    const submitted = oneEvent(document, 'alumni-survey-submitted');
    part(survey, 'submit').click();
    const event = await submitted;
    await settled(survey);

    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.include({ surveyId: REUNION, anonymous: false });
    const body = bodyOf(calls);
    expect(body?.answers).to.deep.equal([
      { questionId: 'q_overall', score: 4 },
      { questionId: 'q_recommend', score: 9 },
      { questionId: 'q_heard_from', choices: [], other: 'A podcast' },
      { questionId: 'q_next_format', choices: ['opt_in_person', 'opt_regional'] },
      { questionId: 'q_comments', text: 'Great food.\nMore name tags, please.' },
      { questionId: 'q_ideas', text: 'A hike up Mount Takao' },
    ]);
    expect(body?.respondent).to.deep.equal({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(body).not.to.have.property('eventId');
    expect(body?.antiSpam?.fillTimeMs).to.be.a('number');
    expect(part(survey, 'success').textContent).to.contain('Thank you!');
    expect(focused(survey)).to.equal(part(survey, 'success'));
  });

  it('leaves unanswered optional questions out', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend);
    await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT, 'answers.q_comments': '   ' });
    await submit(survey);
    expect(survey.state).to.equal('success');
    expect(bodyOf(calls)?.answers.map((answer) => answer.questionId)).to.deep.equal([
      'q_overall',
      'q_recommend',
    ]);
  });

  it('sends nothing while an answer breaks the rules: inline errors, a summary, focus on the first', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await defaultSurvey(backend);
    await fill(survey, {
      'answers.q_heard_from': { choices: [], other: ' ' },
      'answers.q_ideas': 'x'.repeat(1_001),
      'respondent.email': 'ada@example',
    });
    await submit(survey);

    expect(calls).to.have.length(0);
    expect(survey.state).to.equal('invalid');
    const required = ruleMessage('required', 'en');
    expect(control(survey, 'answers.q_overall').error).to.equal(required);
    expect(control(survey, 'answers.q_recommend').error).to.equal(required);
    expect(control(survey, 'answers.q_heard_from').error).to.equal(required);
    expect(control(survey, 'answers.q_ideas').error).to.equal(
      ruleMessage('too_big', 'en', { maximum: 1_000 }),
    );
    expect(control(survey, 'respondent.name').error).to.equal(required);
    expect(control(survey, 'respondent.email').error).to.equal(ruleMessage('invalid_email', 'en'));
    expect(control(survey, 'answers.q_next_format').error).to.equal('');
    expect(focused(survey)).to.equal(control(survey, 'answers.q_overall').querySelector('input'));

    const links = [...part(survey, 'error-summary').querySelectorAll('a')];
    expect(links.map((link) => link.textContent?.trim())).to.deep.equal([
      `How did you like our last reunion?: ${required}`,
      `How likely are you to recommend the reunion to a former colleague?: ${required}`,
      `How did you hear about the reunion? (optional): ${required}`,
      `Ideas for future events (optional): ${ruleMessage('too_big', 'en', { maximum: 1_000 })}`,
      `Full name: ${required}`,
      `E-mail address: ${ruleMessage('invalid_email', 'en')}`,
    ]);
    links[2]?.click();
    expect(focused(survey)?.id).to.equal('field-answers.q_heard_from-other');
  });

  it('refuses more choices than a question allows, in Japanese when the element speaks it', async () => {
    const survey = await defaultSurvey(recordingBackend().backend, { lang: 'ja' });
    await fill(survey, {
      ...REQUIRED_REUNION,
      ...RESPONDENT,
      'answers.q_next_format': { choices: ['opt_in_person', 'opt_virtual', 'opt_regional'], other: 'Kyoto' },
    });
    await submit(survey);
    expect(control(survey, 'answers.q_next_format').error).to.equal(ruleMessage('too_many_choices', 'ja'));
    expect(part(survey, 'error-summary').textContent).to.contain('入力内容を確認してください');
  });

  it('marks as required exactly the questions and fields the rules require', async () => {
    for (const id of [REUNION, ANONYMOUS]) {
      const survey = await defaultSurvey(recordingBackend().backend, { survey: id });
      const definition = demoSurvey(id);
      const controls = [...(part(survey, 'form') as HTMLFormElement).elements].filter(
        (element): element is FormControl<unknown> => element instanceof FormControl,
      );
      const required = answerIssues(definition, []).map(({ questionId }) => `answers.${questionId}`);
      if (!definition.anonymous) required.push('respondent.name', 'respondent.email');
      const marked = controls.filter((candidate) => candidate.required).map((candidate) => candidate.name);
      expect(marked.sort()).to.deep.equal(required.sort());
      const optional = controls.filter((candidate) => candidate.label.endsWith('(optional)'));
      expect(optional.map((candidate) => candidate.name).sort()).to.deep.equal(
        controls
          .filter((candidate) => !candidate.required)
          .map((candidate) => candidate.name)
          .sort(),
      );
    }
  });

  it('shows the server’s field errors on their questions, though the server names answers by index', async () => {
    const rejected = new AlumniApiError(
      createProblem({
        status: 400,
        code: 'validation_failed',
        errors: [fieldError(['answers', 1, 'score'], 'invalid_answer', 'en')],
      }),
    );
    const { backend, calls } = recordingBackend([rejected]);
    const survey = await defaultSurvey(backend);
    await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
    await submit(survey);
    expect(survey.state).to.equal('invalid');
    expect(control(survey, 'answers.q_recommend').error).to.equal(ruleMessage('invalid_answer', 'en'));
    expect(focused(survey)).to.equal(control(survey, 'answers.q_recommend').querySelector('input:checked'));

    await fill(survey, { 'answers.q_recommend': 10 });
    await submit(survey);
    expect(survey.state).to.equal('success');
    const [first, second] = keysOf(calls);
    expect(second).not.to.equal(first);
  });

  it('a second response of the same person is a kind note, and alumni-survey-failed carries the problem', async () => {
    const { backend } = recordingBackend();
    const first = await defaultSurvey(backend);
    await fill(first, { ...REQUIRED_REUNION, ...RESPONDENT });
    await submit(first);
    first.remove();

    const survey = await defaultSurvey(backend);
    await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
    const failed = oneEvent(survey, 'alumni-survey-failed');
    part(survey, 'submit').click();
    expect((await failed).detail.problem?.code).to.equal('already_answered');
    await settled(survey);
    expect(survey.state).to.equal('already-answered');
    expect(part(survey, 'notice').textContent).to.contain('You have already answered');
    expect(part(survey, 'alert')).to.equal(null);
    expect(focused(survey)).to.equal(part(survey, 'notice'));
  });

  it('a survey that closed while it was being answered says so instead of the form', async () => {
    const closed = new AlumniApiError(createProblem({ status: 409, code: 'survey_closed' }));
    const survey = await defaultSurvey(recordingBackend([closed]).backend);
    await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
    await submit(survey);
    expect(survey.state).to.equal('closed');
    expect(part(survey, 'notice').textContent).to.contain('This survey is closed');
    expect(focused(survey)).to.equal(part(survey, 'notice'));
  });

  it('an anonymous survey says so, asks for no name and sends no identity, not even a configured member token', async () => {
    configure({ memberToken: token });
    const { backend, calls } = recordingBackend();
    const survey = await surveyFixture(
      html`<alumni-feedback-survey
        survey=${ANONYMOUS}
        member-token=${token}
        .backend=${backend}
      ></alumni-feedback-survey>`,
    );
    expect(part(survey, 'privacy').textContent).to.contain('This survey is anonymous');
    expect(part(survey, 'respondent')).to.equal(null);
    await fill(survey, { 'answers.q_event_rating': 3, 'answers.q_ideas': 'Karaoke' });
    await submit(survey);

    expect(survey.state).to.equal('success');
    expect(calls[0]?.context.memberToken).to.equal(undefined);
    expect(bodyOf(calls)).to.have.all.keys('answers', 'antiSpam');
    expect(part(survey, 'success').textContent).to.contain('without your name');
  });

  it('over HTTP, only a named survey’s answers carry the member-token header: not its definition, not anonymous answers', async () => {
    const sent: { method: string; token: string | null }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, token: request.headers.get('X-Alumni-Member-Token') });
      const surveyId = new URL(request.url).pathname.split('/')[3] as string;
      const receipt = {
        id: 'resp_1',
        surveyId,
        anonymous: surveyId === ANONYMOUS,
        submittedAt: new Date().toJSON(),
      };
      const [status, json] = request.method === 'GET' ? [200, demoSurvey(surveyId)] : [201, receipt];
      return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
    };
    configure({ memberToken: token });
    try {
      for (const [id, answers] of [
        [ANONYMOUS, { 'answers.q_event_rating': 4 }],
        [REUNION, REQUIRED_REUNION],
      ] as const) {
        const survey = await surveyFixture(
          html`<alumni-feedback-survey
            survey=${id}
            api-base="https://alumni.example.com"
            publishable-key="pk_test_survey"
            member-token=${token}
          ></alumni-feedback-survey>`,
        );
        await fill(survey, answers);
        await submit(survey);
        expect(survey.state).to.equal('success');
      }
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent).to.deep.equal([
      { method: 'GET', token: null },
      { method: 'POST', token: null },
      { method: 'GET', token: null },
      { method: 'POST', token },
    ]);
  });

  it('a named survey with a member token asks for no name and answers as the member', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await surveyFixture(
      html`<alumni-feedback-survey
        survey=${REUNION}
        member-token=${token}
        .backend=${backend}
      ></alumni-feedback-survey>`,
    );
    expect(part(survey, 'privacy').textContent).to.contain('signed-in account');
    expect(part(survey, 'respondent')).to.equal(null);
    await fill(survey, REQUIRED_REUNION);
    await submit(survey);
    expect(survey.state).to.equal('success');
    expect(calls[0]?.context.memberToken).to.equal(token);
    expect(bodyOf(calls)).not.to.have.property('respondent');
  });

  it('event="…" links the response to that event', async () => {
    const { backend, calls } = recordingBackend();
    const survey = await surveyFixture(
      html`<alumni-feedback-survey
        survey=${REUNION}
        event=${DEMO_IDS.events.pastReunion}
        .backend=${backend}
      ></alumni-feedback-survey>`,
    );
    await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
    await submit(survey);
    expect(survey.state).to.equal('success');
    expect(bodyOf(calls)?.eventId).to.equal(DEMO_IDS.events.pastReunion);
  });

  it('keeps each survey’s draft apart: the same element showing another survey starts empty', async () => {
    const { backend } = recordingBackend();
    const survey = await defaultSurvey(backend);
    await fill(survey, { 'answers.q_overall': 2 });
    survey.surveyId = ANONYMOUS;
    await survey.updateComplete;
    await loaded(survey);
    expect(control(survey, 'answers.q_event_rating').value).to.equal(undefined);
    await fill(survey, { 'answers.q_event_rating': 5 });

    survey.surveyId = REUNION;
    await survey.updateComplete;
    await loaded(survey);
    expect(control(survey, 'answers.q_overall').value).to.equal(2);
  });
});
