import type { BackendOf } from '@alumni-kit/client';
import { createMemoryBackend, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AlumniFeedbackSurvey, SurveyRoutes } from '../../src/survey/alumni-feedback-survey.ts';
import '../../src/survey/define.ts';
import { left, scripted, type Step } from './form.ts';

export type SurveyBackend = BackendOf<SurveyRoutes>;
export const REUNION = DEMO_IDS.surveys.reunionFeedback;
export const ANONYMOUS = DEMO_IDS.surveys.anonymousFeedback;

/** Answers to every required question of the reunion survey, by control name. */
export const REQUIRED_REUNION = { 'answers.q_overall': 4, 'answers.q_recommend': 9 };
/** Who answers the reunion survey when the page has no member token. */
export const RESPONDENT = { 'respondent.name': 'Ada Lovelace', 'respondent.email': 'ada@example.com' };

/**
 * The in-memory backend (demo data), behind recorders: the next step of `script` decides each
 * response sent, the next of `surveyLoads` each load of a survey's definition.
 */
export function recordingBackend(
  script: Step[] = [],
  { memory = createMemoryBackend(), surveyLoads = [] as Step[] } = {},
) {
  const sent = scripted(memory.createSurveyResponse, script);
  const loaded = scripted(memory.getSurvey, surveyLoads);
  const backend: SurveyBackend = { createSurveyResponse: sent.run, getSurvey: loaded.run };
  return { backend, calls: sent.calls, loads: loaded.calls };
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
  await left(survey, 'loading');
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
