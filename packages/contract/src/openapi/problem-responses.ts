import { createProblem, PROBLEM_STATUS } from '../problem.ts';
import type { RouteDefinition } from '../route.ts';
import type { OperationId } from '../routes/index.ts';
import type { ProblemCode } from '../schemas/problem.ts';
import { responseHeaders } from './response-headers.ts';
import type { JsonSchema, ResponseObject } from './types.ts';

/** Problems that come from what an operation does, beyond those every route of its shape can answer. */
const OPERATION_PROBLEMS: Partial<Record<string, readonly ProblemCode[]>> = {
  createSignup: ['already_member'],
  createRsvp: ['event_unavailable', 'event_full', 'policy_not_acknowledged'],
  createReferral: ['duplicate_referral'],
  createSurveyResponse: ['already_answered', 'survey_closed'],
} satisfies Partial<Record<OperationId, readonly ProblemCode[]>>;

/** Refused by authentication or CORS, before the request is counted against the rate limits. */
const UNCOUNTED: readonly ProblemCode[] = ['unauthorized', 'forbidden'];

/**
 * Problems the operation itself answers with, which an idempotent write stores with its key
 * (the others come before it runs, are about the key itself, or roll it back).
 */
const answeredByOperation = (operationId: string): readonly ProblemCode[] => [
  'validation_failed',
  'not_found',
  ...(OPERATION_PROBLEMS[operationId] ?? []),
];

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
        description: codes.map((code) => `\`${code}\`: ${createProblem({ code }).title}.`).join(' '),
        headers: responseHeaders({
          counted: codes.some((code) => !UNCOUNTED.includes(code)),
          rateLimited: codes.includes('rate_limited'),
          replayable:
            route.idempotent && codes.some((code) => answeredByOperation(operationId).includes(code)),
        }),
        content: { 'application/problem+json': { schema: problemSchema } },
      };
      return [String(status), response];
    }),
  );
}
