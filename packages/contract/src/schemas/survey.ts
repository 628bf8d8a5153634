import * as z from 'zod/mini';
import { antiSpam, id, instant, line, paragraph } from '../primitives.ts';
import { Contact } from './rsvp.ts';

const questionBase = {
  id,
  label: line(500),
  help: z.optional(paragraph(1_000)),
  required: z.boolean(),
};

const ChoiceOption = z.object({ id, label: line(200) });

export const RatingQuestion = z.object({ ...questionBase, kind: z.literal('rating') });
export const NpsQuestion = z.object({ ...questionBase, kind: z.literal('nps') });
export const SingleChoiceQuestion = z.object({
  ...questionBase,
  kind: z.literal('single-choice'),
  options: z.array(ChoiceOption).check(z.minLength(2), z.maxLength(50)),
  allowOther: z.boolean(),
});
export const MultipleChoiceQuestion = z.object({
  ...questionBase,
  kind: z.literal('multiple-choice'),
  options: z.array(ChoiceOption).check(z.minLength(2), z.maxLength(50)),
  allowOther: z.boolean(),
  maxSelections: z.optional(z.int().check(z.minimum(1))),
});
export const TextQuestion = z.object({
  ...questionBase,
  kind: z.literal('text'),
  maxLength: z.int().check(z.minimum(1), z.maximum(5_000)),
  /** `ideas` marks the "ideas for future events" question. */
  purpose: z.optional(z.enum(['general', 'ideas'])),
});

export const SurveyQuestion = z.discriminatedUnion('kind', [
  RatingQuestion,
  NpsQuestion,
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  TextQuestion,
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;
export type QuestionKind = SurveyQuestion['kind'];

export const Survey = z.object({
  id,
  title: line(200),
  description: z.optional(paragraph(2_000)),
  /** Anonymous surveys store no identity with the answers. */
  anonymous: z.boolean(),
  eventId: z.optional(id),
  closesAt: z.optional(instant),
  questions: z.array(SurveyQuestion).check(z.minLength(1), z.maxLength(100)),
});
export type Survey = z.infer<typeof Survey>;

export const SurveyParams = z.strictObject({ surveyId: id });

/** One answer; which value it carries depends on the question's kind (see `answerIssues`). */
export const SurveyAnswer = z.strictObject({
  questionId: id,
  /** rating: 1–5; nps: 0–10. */
  score: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
  /** Option ids for single- and multiple-choice questions. */
  choices: z.optional(z.array(id).check(z.maxLength(50))),
  /** The "other" text of a choice question. */
  other: z.optional(line(500)),
  /** The answer to a text question. */
  text: z.optional(paragraph(5_000)),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const SurveyResponseRequest = z.strictObject({
  answers: z.array(SurveyAnswer).check(z.maxLength(100)),
  /** Links the response to an event (feedback after an event). */
  eventId: z.optional(id),
  /** Ignored for anonymous surveys; otherwise required unless a member token is sent. */
  respondent: z.optional(Contact),
  antiSpam,
});
export type SurveyResponseRequest = z.input<typeof SurveyResponseRequest>;

export const SurveyResponseReceipt = z.object({
  id,
  surveyId: id,
  anonymous: z.boolean(),
  submittedAt: instant,
});
export type SurveyResponseReceipt = z.infer<typeof SurveyResponseReceipt>;
