import { createProblem } from '../problem.ts';
import type { RouteDefinition } from '../route.ts';
import type { OperationId } from '../routes/index.ts';
import type { ProblemCode } from '../schemas/problem.ts';
import type { JsonSchema, ResponseObject } from './types.ts';

/** The HTTP status each problem code is answered with. */
export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  already_member: 409,
  duplicate_referral: 409,
  already_answered: 409,
  event_unavailable: 409,
  idempotency_key_in_use: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  policy_not_acknowledged: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal_error: 500,
};

/** Problems that come from what an operation does, beyond those every route of its shape can answer. */
const OPERATION_PROBLEMS: Partial<Record<string, readonly ProblemCode[]>> = {
  createSignup: ['already_member'],
  createRsvp: ['event_unavailable', 'policy_not_acknowledged'],
  cancelRsvp: ['event_unavailable'],
  createReferral: ['duplicate_referral'],
  createSurveyResponse: ['already_answered'],
} satisfies Partial<Record<OperationId, readonly ProblemCode[]>>;

/** Every problem code an operation can answer with. */
export function problemCodes(operationId: string, route: RouteDefinition): ProblemCode[] {
  const hasBody = route.body !== undefined;
  const takesInput = hasBody || route.params !== undefined || route.query !== undefined;
  const when = (condition: boolean, ...codes: ProblemCode[]) => (condition ? codes : []);
  return [
    ...when(takesInput, 'validation_failed'),
    'unauthorized',
    'forbidden',
    // A member route answers 404 when the token names someone who is not a member.
    ...when(route.params !== undefined || route.auth === 'member', 'not_found'),
    ...(OPERATION_PROBLEMS[operationId] ?? []),
    ...when(route.idempotent, 'idempotency_key_in_use', 'idempotency_key_reused'),
    ...when(hasBody, 'payload_too_large', 'unsupported_media_type'),
    'rate_limited',
    'internal_error',
  ];
}

const RETRY_AFTER = {
  description: 'Seconds to wait before sending the request again.',
  schema: { type: 'integer', minimum: 0 },
} as const;

/** `application/problem+json` responses of an operation, one per status, naming the codes behind it. */
export function problemResponses(
  operationId: string,
  route: RouteDefinition,
  problemSchema: JsonSchema,
): Record<string, ResponseObject> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of problemCodes(operationId, route)) {
    const status = PROBLEM_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => {
      const codes = byStatus.get(status) ?? [];
      const response: ResponseObject = {
        description: codes.map((code) => `\`${code}\`: ${createProblem({ status, code }).title}.`).join(' '),
        ...(status === 429 ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
        content: { 'application/problem+json': { schema: problemSchema } },
      };
      return [String(status), response];
    }),
  );
}
