import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deferred, fill, networkError, part, serverError, submit } from '../../test/helpers/form.ts';
import {
  ANONYMOUS,
  REQUIRED_REUNION,
  RESPONDENT,
  defaultSurvey,
  loaded,
  recordingBackend,
  surveyFixture,
} from '../../test/helpers/survey.ts';
import type { AlumniFeedbackSurvey, SurveyState } from './alumni-feedback-survey.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Answers held back to keep a survey loading or sending; released after each test. */
const held: (() => void)[] = [];
const hold = () => {
  const { promise, release } = deferred();
  held.push(release);
  return { hold: promise };
};

/** Brings a fresh survey in `lang` to a state, the way a person would get there. */
const REACH: Record<string, [SurveyState, (lang: string) => Promise<AlumniFeedbackSurvey>]> = {
  loading: [
    'loading',
    async (lang) => {
      const { backend } = recordingBackend([], { surveyLoads: [hold()] });
      const survey = await fixture<AlumniFeedbackSurvey>(
        html`<alumni-feedback-survey
          survey=${ANONYMOUS}
          lang=${lang}
          .backend=${backend}
        ></alumni-feedback-survey>`,
      );
      await survey.updateComplete;
      return survey;
    },
  ],
  'load error (server)': [
    'load-error',
    (lang) => defaultSurvey(recordingBackend([], { surveyLoads: [serverError()] }).backend, { lang }),
  ],
  'load error (offline)': [
    'load-error',
    (lang) => defaultSurvey(recordingBackend([], { surveyLoads: [networkError()] }).backend, { lang }),
  ],
  'not found': [
    'not-found',
    (lang) => defaultSurvey(recordingBackend().backend, { lang, survey: 'srv_gone' }),
  ],
  closed: [
    'closed',
    // Its demo data dated 60 days ago, the reunion survey closed 30 days ago.
    (lang) =>
      defaultSurvey(
        recordingBackend([], { memory: createMemoryBackend({ now: () => new Date(Date.now() - 60 * DAY) }) })
          .backend,
        { lang },
      ),
  ],
  'page: idle': ['idle', (lang) => defaultSurvey(recordingBackend().backend, { lang })],
  'page: idle, anonymous': [
    'idle',
    (lang) => defaultSurvey(recordingBackend().backend, { lang, survey: ANONYMOUS }),
  ],
  'page: idle, as a member': [
    'idle',
    (lang) =>
      surveyFixture(
        html`<alumni-feedback-survey
          survey=${DEMO_IDS.surveys.reunionFeedback}
          lang=${lang}
          member-token=${createUnsignedMemberToken({ sub: 'acme-1', email: 'kenji@example.com', name: 'Kenji' })}
          .backend=${recordingBackend().backend}
        ></alumni-feedback-survey>`,
      ),
  ],
  'page: invalid': [
    'invalid',
    async (lang) => {
      const survey = await defaultSurvey(recordingBackend().backend, { lang });
      await fill(survey, {
        'respondent.email': 'not an address',
        'answers.q_heard_from': { choices: [], other: '' },
      });
      await submit(survey);
      return survey;
    },
  ],
  'page: submitting': [
    'submitting',
    async (lang) => {
      const survey = await defaultSurvey(recordingBackend([hold()]).backend, { lang });
      await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
      part(survey, 'submit').click();
      await waitUntil(() => survey.state === 'submitting');
      await survey.updateComplete;
      return survey;
    },
  ],
  'page: success': [
    'success',
    async (lang) => {
      const survey = await defaultSurvey(recordingBackend().backend, { lang });
      await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
      await submit(survey);
      return survey;
    },
  ],
  'page: already answered': [
    'already-answered',
    async (lang) => {
      const { backend } = recordingBackend();
      const first = await defaultSurvey(backend, { lang });
      await fill(first, { ...REQUIRED_REUNION, ...RESPONDENT });
      await submit(first);
      first.remove();
      sessionStorage.clear();
      const survey = await defaultSurvey(backend, { lang });
      await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
      await submit(survey);
      return survey;
    },
  ],
  'page: server error': [
    'server-error',
    async (lang) => {
      const survey = await defaultSurvey(recordingBackend([serverError()]).backend, { lang });
      await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
      await submit(survey);
      return survey;
    },
  ],
  'page: offline': [
    'offline',
    async (lang) => {
      const survey = await defaultSurvey(recordingBackend([networkError()]).backend, { lang });
      await fill(survey, { ...REQUIRED_REUNION, ...RESPONDENT });
      await submit(survey);
      return survey;
    },
  ],
};

/** The survey in the stepper layout, moved to step `index` (0-based) by Next with valid answers. */
async function stepperAt(lang: string, index: number): Promise<AlumniFeedbackSurvey> {
  const survey = await defaultSurvey(recordingBackend().backend, { lang, layout: 'stepper' });
  await fill(survey, REQUIRED_REUNION);
  for (let step = 0; step < index; step++) {
    part(survey, 'next').click();
    await waitUntil(() => steps(survey)[step + 1]?.hidden === false, `Next did not reach step ${step + 2}`);
  }
  await survey.updateComplete;
  return survey;
}

const steps = (survey: AlumniFeedbackSurvey) => [
  ...(survey.shadowRoot?.querySelectorAll<HTMLElement>('[part~="step"]') ?? []),
];

describe('<alumni-feedback-survey> states', () => {
  afterEach(() => {
    for (const release of held.splice(0)) release();
    sessionStorage.clear();
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const [name, [state, reach]] of Object.entries(REACH)) {
      it(`${name} (${lang}): axe finds no violation, and the state shows as a CSS custom state`, async () => {
        const survey = await reach(lang);
        expect(survey.state).to.equal(state);
        expect(survey.matches(`:state(${state})`)).to.equal(true);
        expect(part(survey, 'base').lang).to.equal(lang);
        await expect(survey).to.be.accessible();
      });
    }

    for (const index of [0, 3, 6]) {
      it(`stepper: step ${index + 1} of 7 (${lang}): axe finds no violation`, async () => {
        const survey = await stepperAt(lang, index);
        expect(steps(survey).filter((step) => !step.hidden)).to.deep.equal([steps(survey)[index]]);
        await expect(survey).to.be.accessible();
      });
    }

    it(`stepper: a step refused by Next (${lang}): axe finds no violation`, async () => {
      const survey = await defaultSurvey(recordingBackend().backend, { lang, layout: 'stepper' });
      part(survey, 'next').click();
      await waitUntil(() => survey.shadowRoot?.querySelector('[part~="error"]'));
      await expect(survey).to.be.accessible();
    });
  }

  for (const name of ['page: idle', 'page: invalid', 'load error (offline)', 'page: success'] as const) {
    it(`${name} in the dark theme: axe finds no violation (contrast included)`, async () => {
      const survey = await (REACH[name] as [SurveyState, (lang: string) => Promise<AlumniFeedbackSurvey>])[1](
        'en',
      );
      survey.setAttribute('theme', 'dark');
      await survey.updateComplete;
      await expect(survey).to.be.accessible();
    });
  }

  it('loads again with "Try again" after a failed load', async () => {
    const { backend, loads } = recordingBackend([], { surveyLoads: [networkError()] });
    const survey = await defaultSurvey(backend);
    expect(part(survey, 'message').textContent).to.contain('Check your connection');
    part(survey, 'retry').click();
    await loaded(survey);
    expect(survey.state).to.equal('idle');
    expect(loads).to.have.length(2);
    expect(survey.shadowRoot?.activeElement).to.equal(part(survey, 'title'));
  });

  it('an id that cannot be a survey’s is a survey not found, not a failure', async () => {
    const survey = await defaultSurvey(recordingBackend().backend, { survey: 'not an id!' });
    expect(survey.state).to.equal('not-found');
  });

  it('without a survey id, says there is no such survey and asks nothing of the backend', async () => {
    const { backend, loads } = recordingBackend();
    const survey = await surveyFixture(
      html`<alumni-feedback-survey .backend=${backend}></alumni-feedback-survey>`,
    );
    expect(survey.state).to.equal('not-found');
    expect(loads).to.deep.equal([]);
  });

  it('the success state shows the slotted thank-you instead of the default one', async () => {
    const survey = await surveyFixture(
      html`<alumni-feedback-survey survey=${ANONYMOUS} .backend=${recordingBackend().backend}>
        <p slot="success">See you at the next party!</p>
      </alumni-feedback-survey>`,
    );
    await fill(survey, { 'answers.q_event_rating': 5 });
    await submit(survey);
    const slot = part(survey, 'success').querySelector('slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'See you at the next party!',
    ]);
  });
});
