import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { examples } from '@alumni-kit/contract';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@alumni-kit/elements/survey.js';
import { failing, hanging, networkError, serverError, withBackend } from './support/backends.ts';
import { fill, playUntil, reached, storyElement, submit } from './support/interact.ts';

const TAG = 'alumni-feedback-survey';
const DAY_MS = 24 * 60 * 60 * 1000;

const meta = {
  title: 'Elements/Feedback survey',
  component: TAG,
  args: { survey: DEMO_IDS.surveys.reunionFeedback },
  loaders: [withBackend(() => createMemoryBackend())],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Answers to the reunion survey's required questions, and who answers, by control name. */
const ANSWERS = {
  'answers.q_overall': 4,
  'answers.q_recommend': 9,
  'respondent.name': 'Ada Lovelace',
  'respondent.email': 'ada@example.com',
};

/** Fills the loaded survey with `values`, sends it and waits until it is in `state`. */
const sendAndReach =
  (values: Record<string, unknown>, state: string): Story['play'] =>
  async ({ canvasElement }) => {
    const survey = storyElement(canvasElement, TAG);
    await reached(survey, 'idle');
    await fill(survey, values);
    await submit(survey);
    await reached(survey, state);
  };

/** Every question kind on one page: rating, NPS, choices, free text, ideas. */
export const Idle: Story = { play: playUntil(TAG, 'idle') };

/** One question per screen, with progress. */
export const Stepper: Story = { args: { layout: 'stepper' }, play: playUntil(TAG, 'idle') };

/** Anonymous: says so, and asks for no name or e-mail. */
export const Anonymous: Story = {
  args: { survey: DEMO_IDS.surveys.anonymousFeedback },
  play: playUntil(TAG, 'idle'),
};

/** The host page vouches for the member: no name or e-mail asked. */
export const AsMember: Story = {
  args: {
    'member-token': createUnsignedMemberToken({ sub: 'acme-1', name: 'Kenji', email: 'kenji@example.com' }),
  },
  play: playUntil(TAG, 'idle'),
};

export const Loading: Story = {
  loaders: [withBackend(() => hanging(createMemoryBackend(), 'getSurvey'))],
  play: playUntil(TAG, 'loading'),
};

export const LoadError: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'getSurvey', serverError()))],
  play: playUntil(TAG, 'load-error'),
};

export const LoadOffline: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'getSurvey', networkError()))],
  play: playUntil(TAG, 'load-error'),
};

export const NotFound: Story = { args: { survey: 'srv_gone' }, play: playUntil(TAG, 'not-found') };

/** Its demo data dated 60 days ago, the reunion survey closed 30 days ago. */
export const Closed: Story = {
  loaders: [withBackend(() => createMemoryBackend({ now: () => new Date(Date.now() - 60 * DAY_MS) }))],
  play: playUntil(TAG, 'closed'),
};

export const Invalid: Story = { play: sendAndReach({ 'respondent.email': 'not an address' }, 'invalid') };

export const Sending: Story = {
  loaders: [withBackend(() => hanging(createMemoryBackend(), 'createSurveyResponse'))],
  play: sendAndReach(ANSWERS, 'submitting'),
};

export const Success: Story = { play: sendAndReach(ANSWERS, 'success') };

/** The contract's example response was sent before by the same respondent. */
export const AlreadyAnswered: Story = {
  loaders: [
    withBackend(async () => {
      const memory = createMemoryBackend();
      await memory.createSurveyResponse(examples.createSurveyResponse, { locale: 'en' });
      return memory;
    }),
  ],
  play: sendAndReach(
    { ...ANSWERS, 'respondent.email': examples.createSurveyResponse.body.respondent?.email },
    'already-answered',
  ),
};

export const ServerError: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'createSurveyResponse', serverError()))],
  play: sendAndReach(ANSWERS, 'server-error'),
};

export const Offline: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'createSurveyResponse', networkError()))],
  play: sendAndReach(ANSWERS, 'offline'),
};
