import type { FieldError, Problem, ProblemCode } from './schemas/problem.ts';

const TITLES: Record<ProblemCode, string> = {
  validation_failed: 'The request has invalid fields',
  unauthorized: 'A valid key or token is required',
  forbidden: 'This key may not do that',
  not_found: 'Not found',
  already_member: 'This e-mail address is already a member',
  duplicate_referral: 'This candidate was already referred for this role',
  already_answered: 'This survey was already answered',
  event_unavailable: 'This event no longer takes replies',
  event_full: 'This event has no seat left',
  survey_closed: 'This survey is closed',
  policy_not_acknowledged: "The event's policies must be acknowledged",
  idempotency_key_reused: 'This Idempotency-Key was used for a different request',
  idempotency_key_in_use: 'A request with this Idempotency-Key is still being processed',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'The request body must be application/json',
  rate_limited: 'Too many requests',
  internal_error: 'Something went wrong on our side',
};

/** The HTTP status each problem code is answered with, by every implementation of the contract. */
export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  already_member: 409,
  duplicate_referral: 409,
  already_answered: 409,
  event_unavailable: 409,
  event_full: 409,
  survey_closed: 409,
  idempotency_key_in_use: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  policy_not_acknowledged: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal_error: 500,
};

/** The problem type URI of a code (RFC 9457 `type`). */
export const problemType = (code: ProblemCode): string => `urn:alumni-kit:problem:${code}`;

export interface ProblemInit {
  code: ProblemCode;
  /** The code's `PROBLEM_STATUS` unless given. */
  status?: number;
  detail?: string;
  errors?: FieldError[];
  instance?: string;
  requestId?: string;
}

/** RFC 9457 problem details with the kit's machine code and field errors. */
export function createProblem({
  code,
  status = PROBLEM_STATUS[code],
  errors = [],
  ...rest
}: ProblemInit): Problem {
  return { type: problemType(code), title: TITLES[code], status, code, errors, ...rest };
}
