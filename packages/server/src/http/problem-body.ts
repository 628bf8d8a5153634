import { createProblem } from '@alumni-kit/contract';
import type { ApiProblem } from './api-problem.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The JSON text of a problem answer, with the request id so a report can be traced in the logs. */
export const problemBody = (problem: ApiProblem, requestId: string): string =>
  JSON.stringify(
    createProblem({
      code: problem.code,
      errors: problem.errors,
      requestId,
      ...(problem.detail !== undefined && { detail: problem.detail }),
    }),
  );
