import { RESPONSE_HEADERS } from '../headers.ts';
import type { HeaderObject, ReferenceObject } from './types.ts';

const seconds = { type: 'integer', minimum: 0 } as const;

/** `components.headers`: what the server answers with besides the body. */
export const headerComponents = {
  RequestId: {
    description:
      "Names the request in the server's logs: the caller's `X-Request-Id` when usable, else a new id. " +
      'Problem details repeat it as `requestId`.',
    required: true,
    schema: { type: 'string' },
  },
  RateLimitLimit: {
    description: 'Requests allowed per window by the tighter of the two limits: per key and per client IP.',
    schema: seconds,
  },
  RateLimitRemaining: {
    description: 'Requests left in the current window under that limit.',
    schema: seconds,
  },
  RateLimitReset: { description: 'Seconds until the current window ends.', schema: seconds },
  RateLimitPolicy: {
    description: 'That limit and its window in seconds, e.g. `300;w=60`.',
    schema: { type: 'string' },
  },
  RetryAfter: {
    description: 'Seconds to wait before sending the request again.',
    required: true,
    schema: seconds,
  },
  IdempotentReplayed: {
    description:
      'Present (`true`) when this is the answer stored for an earlier request with the same ' +
      '`Idempotency-Key`, sent again without running the operation.',
    schema: { type: 'string', enum: ['true'] },
  },
} as const satisfies Record<string, HeaderObject>;

const ref = (component: keyof typeof headerComponents): ReferenceObject => ({
  $ref: `#/components/headers/${component}`,
});

/** What decides the headers of one response. */
export interface ResponseFacts {
  /** Answered after the request was counted against the rate limits. */
  counted: boolean;
  /** Refused for going over a rate limit (429). */
  rateLimited: boolean;
  /** May be the answer stored for an idempotent write, sent again. */
  replayable: boolean;
}

/**
 * The headers of one response: every answer names its request; counted answers carry the rate
 * limits, 429 also `Retry-After`; an idempotent write's answer may be a replay of a stored one.
 */
export const responseHeaders = ({
  counted,
  rateLimited,
  replayable,
}: ResponseFacts): Record<string, ReferenceObject> => ({
  [RESPONSE_HEADERS.requestId]: ref('RequestId'),
  ...(counted && {
    [RESPONSE_HEADERS.rateLimitLimit]: ref('RateLimitLimit'),
    [RESPONSE_HEADERS.rateLimitRemaining]: ref('RateLimitRemaining'),
    [RESPONSE_HEADERS.rateLimitReset]: ref('RateLimitReset'),
    [RESPONSE_HEADERS.rateLimitPolicy]: ref('RateLimitPolicy'),
  }),
  ...(rateLimited && { [RESPONSE_HEADERS.retryAfter]: ref('RetryAfter') }),
  ...(replayable && { [RESPONSE_HEADERS.idempotentReplayed]: ref('IdempotentReplayed') }),
});
