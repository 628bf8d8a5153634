import { PROBLEM_STATUS, type FieldError, type ProblemCode } from '@alumni-kit/contract';

export interface ApiProblemOptions {
  errors?: FieldError[];
  detail?: string;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/** Thrown anywhere in a request to answer with problem details (RFC 9457) instead. */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly status: number;
  readonly errors: FieldError[];
  readonly detail: string | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, { errors = [], detail, headers = {} }: ApiProblemOptions = {}) {
    super(code);
    this.name = 'ApiProblem';
    this.code = code;
    this.status = PROBLEM_STATUS[code];
    this.errors = errors;
    this.detail = detail;
    this.headers = headers;
  }
}

/** 400 `validation_failed` naming each failing field. */
export const invalidFields = (errors: FieldError[]): ApiProblem =>
  new ApiProblem('validation_failed', { errors });
