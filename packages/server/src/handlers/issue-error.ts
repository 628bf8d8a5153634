import { fieldError, type FieldError, type Locale, type RuleParams } from '@alumni-kit/contract';

/** A rule the contract checks beyond the schema (`answerIssues`, `policyIssues`) as a field error. */
export const issueError = (
  issue: { pointer: string; code: string },
  locale: Locale,
  params?: RuleParams,
): FieldError => fieldError(issue.pointer.split('/').slice(1), issue.code, locale, params);
