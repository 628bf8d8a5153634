import {
  answerIssues,
  fieldError,
  issueFieldError,
  SurveyResponseRequest,
  validate,
  type Locale,
  type Survey,
} from '@alumni-kit/contract';
import type { FormRules } from '../form-kit/form-flow.ts';
import { byQuestion } from './answers.ts';

// What the survey loads once it is used: the contract's rules, with zod and every message.

/**
 * The rules of a response to `survey`: the request's schema, then the survey's own
 * (`answerIssues`: required questions, scores, known options, lengths), each error named after
 * the question's control.
 */
export const surveyRules = (survey: Survey): FormRules => ({
  check(body, locale: Locale) {
    const result = validate(SurveyResponseRequest, body, locale);
    const { answers } = result.ok ? result.data : (body as SurveyResponseRequest);
    const issues = answerIssues(survey, answers);
    const located = issues.filter((issue) => issue.code !== 'required');
    // A missing answer has no index in the body: it is named by its question (see `answerName`).
    const missing = issues
      .filter((issue) => issue.code === 'required')
      .map(({ questionId }) => fieldError(['answers', questionId], 'required', locale));
    const errors = [
      ...(result.ok ? [] : result.errors),
      ...located.map((issue) => issueFieldError(issue, locale)),
    ];
    return [...byQuestion(errors, body), ...missing];
  },
});
