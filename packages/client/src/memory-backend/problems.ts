import {
  createProblem,
  fieldError,
  type FieldError,
  type Locale,
  type ProblemCode,
  type RuleParams,
} from '@alumni-kit/contract';
import { AlumniApiError } from '../errors/alumni-api-error.ts';

/** The error the server would answer with: problem details with a code and the failing fields. */
export const apiError = (status: number, code: ProblemCode, errors: FieldError[] = []): AlumniApiError =>
  new AlumniApiError(createProblem({ status, code, errors }));

/** 400 `validation_failed` naming each failing field. */
export const invalidFields = (errors: FieldError[]): AlumniApiError =>
  apiError(400, 'validation_failed', errors);

export const notFound = (): AlumniApiError => apiError(404, 'not_found');

/** A rule the contract checks beside the schemas (`answerIssues`, `policyIssues`), as a field error. */
export const issueError = (
  { pointer, code }: { pointer: string; code: string },
  locale: Locale,
  params?: RuleParams,
): FieldError => fieldError(pointer.split('/').slice(1), code, locale, params);
