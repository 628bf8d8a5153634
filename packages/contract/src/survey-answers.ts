import type { RuleParams } from './messages.ts';
import type { Survey, SurveyAnswer, SurveyQuestion } from './schemas/survey.ts';

/** A broken rule of a survey response, located by JSON pointer into the request body. */
export interface AnswerIssue {
  pointer: string;
  questionId: string;
  code:
    'required' | 'unknown_question' | 'duplicate_answer' | 'invalid_answer' | 'too_big' | 'too_many_choices';
  /** The limit a `too_big` text broke, for its message. */
  params?: RuleParams;
}

/** Whether a survey takes no more responses at `now`: from its `closesAt` on. */
export const isSurveyClosed = (survey: Pick<Survey, 'closesAt'>, now: Date): boolean =>
  survey.closesAt !== undefined && Date.parse(survey.closesAt) <= now.getTime();

/**
 * Checks answers against the survey they answer: the rules a schema alone cannot
 * express (required questions, score ranges per kind, known options, length limits).
 * Shared by the server, the in-memory backend and the survey element.
 */
export function answerIssues(survey: Survey, answers: readonly SurveyAnswer[]): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const byQuestion = new Map(survey.questions.map((question) => [question.id, question]));
  const answered = new Set<string>();

  answers.forEach((answer, index) => {
    const pointer = `/answers/${index}`;
    const question = byQuestion.get(answer.questionId);
    const questionId = answer.questionId;
    if (!question)
      return issues.push({ pointer: `${pointer}/questionId`, questionId, code: 'unknown_question' });
    if (answered.has(questionId)) return issues.push({ pointer, questionId, code: 'duplicate_answer' });
    answered.add(questionId);
    const issue = checkAnswer(question, answer);
    if (issue) {
      const { at, ...rule } = issue;
      issues.push({ pointer: `${pointer}${at}`, questionId, ...rule });
    }
  });

  survey.questions.forEach((question) => {
    if (question.required && !answered.has(question.id)) {
      issues.push({ pointer: '/answers', questionId: question.id, code: 'required' });
    }
  });
  return issues;
}

function checkAnswer(
  question: SurveyQuestion,
  answer: SurveyAnswer,
): ({ at: string } & Pick<AnswerIssue, 'code' | 'params'>) | undefined {
  const { score, choices, other, text } = answer;
  switch (question.kind) {
    case 'rating':
    case 'nps': {
      const [min, max] = question.kind === 'rating' ? [1, 5] : [0, 10];
      const onlyScore = choices === undefined && other === undefined && text === undefined;
      return score !== undefined && score >= min && score <= max && onlyScore
        ? undefined
        : { at: '/score', code: 'invalid_answer' };
    }
    case 'single-choice':
    case 'multiple-choice': {
      const picked = choices ?? [];
      const known = new Set(question.options.map((option) => option.id));
      const valid =
        score === undefined &&
        text === undefined &&
        picked.every((choice) => known.has(choice)) &&
        new Set(picked).size === picked.length &&
        (other === undefined || question.allowOther) &&
        picked.length + (other ? 1 : 0) > 0;
      if (!valid) return { at: '/choices', code: 'invalid_answer' };
      const limit = question.kind === 'single-choice' ? 1 : (question.maxSelections ?? Infinity);
      return picked.length + (other ? 1 : 0) > limit
        ? { at: '/choices', code: 'too_many_choices' }
        : undefined;
    }
    case 'text':
      if (text === undefined || score !== undefined || choices !== undefined || other !== undefined) {
        return { at: '/text', code: 'invalid_answer' };
      }
      return [...text].length > question.maxLength
        ? { at: '/text', code: 'too_big', params: { maximum: question.maxLength } }
        : undefined;
  }
}
