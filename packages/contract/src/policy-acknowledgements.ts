import { toPointer } from './field-errors.ts';
import type { EventPolicy } from './schemas/event.ts';
import type { PolicyAcknowledgement } from './schemas/rsvp.ts';

/** A policy of the event that an RSVP did not acknowledge, located by JSON pointer into the request body. */
export interface PolicyIssue {
  pointer: string;
  policyId: string;
  code: 'must_accept';
}

/**
 * The event's policies an RSVP fails to acknowledge: not named, or named at another version
 * than the one the event shows now. One issue per policy, at `/acknowledgedPolicies/<policyId>`,
 * so that a form can mark that policy's checkbox. Shared by the server and the in-memory backend.
 */
export function policyIssues(
  policies: readonly EventPolicy[],
  acknowledged: readonly PolicyAcknowledgement[],
): PolicyIssue[] {
  const isAcknowledged = ({ id, version }: EventPolicy) =>
    acknowledged.some((ack) => ack.policyId === id && ack.version === version);
  return policies
    .filter((policy) => !isAcknowledged(policy))
    .map((policy) => ({
      pointer: toPointer(['acknowledgedPolicies', policy.id]),
      policyId: policy.id,
      code: 'must_accept',
    }));
}
