import type { BackendOf } from '@alumni-kit/client';
import { createMemoryBackend, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FormControl } from '../../src/form-kit/form-control.ts';
import type { AlumniFeedbackSurvey, SurveyRoutes } from '../../src/survey/alumni-feedback-survey.ts';
import '../../src/survey/define.ts';

export type SurveyBackend = BackendOf<SurveyRoutes>;
type Operation = SurveyBackend['createSurveyResponse'];
export type Call = { input: Parameters<Operation>[0]; context: Parameters<Operation>[1] };

/** One step of a recording backend's script: pass on, fail before arriving, lose the answer, or hold it. */
export type Step = 'ok' | { lost: unknown } | { hold: Promise<void> } | Error;

export const REUNION = DEMO_IDS.surveys.reunionFeedback;
export const ANONYMOUS = DEMO_IDS.surveys.anonymousFeedback;

/** Answers to every required question of the reunion survey, by control name. */
export const REQUIRED_REUNION = { 'answers.q_overall': 4, 'answers.q_recommend': 9 };
/** Who answers the reunion survey when the page has no member token. */
export const RESPONDENT = { 'respondent.name': 'Ada Lovelace', 'respondent.email': 'ada@example.com' };

/**
 * The in-memory backend (demo data), behind a recorder: each response sent is recorded, and
 * the next step of `script` decides it: `'ok'` passes it on, an error is thrown before it
 * arrives, `{ lost }` passes it on and then loses the answer (the response was stored, the page
 * never heard), `{ hold }` passes it on once the promise settles. `surveyLoads` holds the
 * survey's definitions back while `held` is unsettled, or fails them with `error`.
 */
export function recordingBackend(
  script: Step[] = [],
  { memory = createMemoryBackend(), surveyLoads = [] as Step[] } = {},
) {
  const calls: Call[] = [];
  const loads: string[] = [];
  const backend: SurveyBackend = {
    getSurvey: async (input, context) => {
      loads.push(input.params.surveyId);
      const step = surveyLoads.shift() ?? 'ok';
      if (step instanceof Error) throw step;
      if (typeof step === 'object' && 'hold' in step) await step.hold;
      return memory.getSurvey(input, context);
    },
    createSurveyResponse: async (input, context) => {
      calls.push({ input, context });
      const step = script.shift() ?? 'ok';
      if (step instanceof Error) throw step;
      if (typeof step === 'object' && 'hold' in step) await step.hold;
      const receipt = await memory.createSurveyResponse(input, context);
      if (typeof step === 'object' && 'lost' in step) throw step.lost;
      return receipt;
    },
  };
  return { backend, calls, loads };
}

/** The survey in `template`, once it has loaded (or failed to) and its controls have rendered. */
export async function surveyFixture(template: TemplateResult): Promise<AlumniFeedbackSurvey> {
  const survey = await fixture<AlumniFeedbackSurvey>(template);
  await loaded(survey);
  return survey;
}

/** Waits until the survey has loaded (or failed to), and its controls have rendered. */
export async function loaded(survey: AlumniFeedbackSurvey): Promise<void> {
  // The first update starts the load.
  await survey.updateComplete;
  await waitUntil(() => survey.state !== 'loading', 'the survey is still loading');
  await survey.updateComplete;
  const controls = [...(survey.shadowRoot?.querySelectorAll('[name]') ?? [])] as FormControl<unknown>[];
  await Promise.all(controls.map((control) => control.updateComplete));
}

export interface SurveyOptions {
  survey?: string;
  lang?: string;
  layout?: 'page' | 'stepper';
}

export const defaultSurvey = (
  backend: SurveyBackend,
  { survey = REUNION, lang = 'en', layout = 'page' }: SurveyOptions = {},
) =>
  surveyFixture(
    html`<alumni-feedback-survey
      survey=${survey}
      lang=${lang}
      layout=${layout}
      .backend=${backend}
    ></alumni-feedback-survey>`,
  );

const root = (survey: AlumniFeedbackSurvey) => survey.shadowRoot as ShadowRoot;

export const control = (survey: AlumniFeedbackSurvey, name: string) =>
  root(survey).querySelector(`[name="${name}"]`) as FormControl<unknown>;

export const part = (survey: AlumniFeedbackSurvey, name: string) =>
  root(survey).querySelector(`[part~="${name}"]`) as HTMLElement;

/** Gives controls values as a person would (an `input` event from each), then waits for the render. */
export async function fill(survey: AlumniFeedbackSurvey, values: Record<string, unknown>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const target = control(survey, name);
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await survey.updateComplete;
}

/** Clicks the submit button and waits until the survey is no longer sending. */
export async function submit(survey: AlumniFeedbackSurvey): Promise<void> {
  part(survey, 'submit').click();
  await settled(survey);
}

export async function settled(survey: AlumniFeedbackSurvey): Promise<void> {
  await waitUntil(() => survey.state !== 'submitting', 'the survey is still sending');
  await survey.updateComplete;
}

/** The focused element inside the survey's shadow root. */
export const focused = (survey: AlumniFeedbackSurvey) => root(survey).activeElement;
