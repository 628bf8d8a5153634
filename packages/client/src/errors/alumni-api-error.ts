import type { FieldError, Problem } from '@alumni-kit/contract';

/** The server answered with an error: RFC 9457 problem details and the failing fields. */
export class AlumniApiError extends Error {
  override readonly name = 'AlumniApiError';
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem, options?: ErrorOptions) {
    super(problem.detail ?? problem.title, options);
    this.status = problem.status;
    this.problem = problem;
  }

  /** Machine code of the problem, e.g. `already_member`. */
  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): readonly FieldError[] {
    return this.problem.errors;
  }
}
