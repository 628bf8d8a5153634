import type {
  FieldError,
  Survey,
  SurveyAnswer,
  SurveyQuestion,
  SurveyResponseRequest,
} from '@alumni-kit/contract';
import { toBody } from '../form-kit/form-values.ts';
import type { ChoiceAnswer } from './choice-answer-field.ts';

/** The name of a question's control: its path in the body, with the question's id for the answer's index. */
export const answerName = (question: Pick<SurveyQuestion, 'id'>) => `answers.${question.id}`;

/** The names of the respondent's controls, asked when neither anonymity nor a member token covers them. */
const RESPONDENT = ['respondent.name', 'respondent.email'] as const;

/** One question's answer from its control's value, or nothing when it was left unanswered. */
function answerOf(question: SurveyQuestion, value: unknown): SurveyAnswer | undefined {
  const questionId = question.id;
  switch (question.kind) {
    case 'rating':
    case 'nps':
      return typeof value === 'number' ? { questionId, score: value } : undefined;
    case 'text':
      return typeof value === 'string' && value.trim() ? { questionId, text: value } : undefined;
    default: {
      const { choices = [], other } = (value ?? {}) as Partial<ChoiceAnswer>;
      if (!choices.length && other === undefined) return undefined;
      return { questionId, choices, ...(other !== undefined && { other }) };
    }
  }
}

export interface ResponseContext {
  /** The event the response is about, when the page names one. */
  eventId: string | undefined;
  /** Whether to send the respondent's name and e-mail (a named survey without a member token). */
  respondent: boolean;
}

/**
 * The request body from the controls' values by name: the answered questions in the survey's
 * order, the event, the respondent (an empty one when nothing was typed, so that the contract
 * names the missing fields) and how long the form was open.
 */
export function responseBody(
  survey: Survey,
  values: Record<string, unknown>,
  { eventId, respondent }: ResponseContext,
  fillTimeMs: number,
): SurveyResponseRequest {
  const contact = toBody(Object.fromEntries(RESPONDENT.map((name) => [name, values[name]])));
  return {
    answers: survey.questions.flatMap((question) => answerOf(question, values[answerName(question)]) ?? []),
    ...(eventId && { eventId }),
    ...(respondent && { respondent: (contact.respondent ?? {}) as SurveyResponseRequest['respondent'] }),
    antiSpam: { fillTimeMs },
  };
}

/**
 * Field errors renamed from the body's answers by index (`answers.2.text`, as the contract and
 * the server name them) to the question's control (`answers.q_comments.text`).
 */
export function byQuestion(errors: readonly FieldError[], body: unknown): FieldError[] {
  const { answers = [] } = body as { answers?: readonly SurveyAnswer[] };
  return errors.map((error) => {
    const [, index, rest = ''] = /^answers\.(\d+)(\..*)?$/.exec(error.path) ?? [];
    const answer = index === undefined ? undefined : answers[Number(index)];
    return answer ? { ...error, path: `${answerName({ id: answer.questionId })}${rest}` } : error;
  });
}
