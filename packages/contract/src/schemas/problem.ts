import * as z from 'zod/mini';

/** One failing field: where it is, which rule it broke, and a sentence for people. */
export const FieldError = z.object({
  /** JSON pointer into the request body, e.g. `/candidate/email`. */
  pointer: z.string(),
  /** The same location as a dotted path, e.g. `candidate.email`; `''` for the whole body. */
  path: z.string(),
  /** Machine code of the rule, e.g. `too_small`, `invalid_format`, `required`. */
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with the field errors of a rejected request. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Machine code of the whole problem, e.g. `validation_failed`, `already_member`. */
  code: z.string(),
  requestId: z.optional(z.string()),
  errors: z.array(FieldError),
});
export type Problem = z.infer<typeof Problem>;

/** Problem codes a client can act on. */
export const PROBLEM_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'already_member',
  'duplicate_referral',
  'already_answered',
  'event_unavailable',
  'event_full',
  'survey_closed',
  'policy_not_acknowledged',
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
