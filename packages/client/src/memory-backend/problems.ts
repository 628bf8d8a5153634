import { createProblem, type FieldError, type ProblemCode } from '@alumni-kit/contract';
import { AlumniApiError } from '../errors/alumni-api-error.ts';

/** The error the server would answer with: problem details with a code, its status and the failing fields. */
export const apiError = (code: ProblemCode, errors: FieldError[] = []): AlumniApiError =>
  new AlumniApiError(createProblem({ code, errors }));

/** 400 `validation_failed` naming each failing field. */
export const invalidFields = (errors: FieldError[]): AlumniApiError => apiError('validation_failed', errors);

export const notFound = (): AlumniApiError => apiError('not_found');
