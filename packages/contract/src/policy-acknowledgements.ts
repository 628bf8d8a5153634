import { toPointer } from './field-errors.ts';
import type { EventPolicy } from './schemas/event.ts';
import type { PolicyAcknowledgement } from './schemas/rsvp.ts';

/** A policy of the event that an RSVP did not acknowledge, located by JSON pointer into the request body. */
export interface PolicyIssue {
  pointer: string;
  policyId: string;
  code: 'must_accept';
}

/** The copy of a policy kept with an RSVP: the exact text the attendee accepted, at its version. */
export interface AcceptedPolicy {
  policyId: string;
  title: string;
  text: string;
  version: string;
}

const isAcknowledgedIn =
  (acknowledged: readonly PolicyAcknowledgement[]) =>
  ({ id, version }: EventPolicy): boolean =>
    acknowledged.some((ack) => ack.policyId === id && ack.version === version);

/**
 * The event's policies an RSVP fails to acknowledge: not named, or named at another version
 * than the one the event shows now. One issue per policy, at `/acknowledgedPolicies/<policyId>`,
 * so that a form can mark that policy's checkbox. Shared by the server and the in-memory backend.
 */
export function policyIssues(
  policies: readonly EventPolicy[],
  acknowledged: readonly PolicyAcknowledgement[],
): PolicyIssue[] {
  const isAcknowledged = isAcknowledgedIn(acknowledged);
  return policies
    .filter((policy) => !isAcknowledged(policy))
    .map((policy) => ({
      pointer: toPointer(['acknowledgedPolicies', policy.id]),
      policyId: policy.id,
      code: 'must_accept',
    }));
}

/**
 * What an RSVP keeps of the event's policies it acknowledged at their current version: a copy
 * of each one's exact text, in the event's order. Shared by the server and the in-memory backend.
 */
export const acceptedPolicies = (
  policies: readonly EventPolicy[],
  acknowledged: readonly PolicyAcknowledgement[],
): AcceptedPolicy[] =>
  policies
    .filter(isAcknowledgedIn(acknowledged))
    .map(({ id, title, text, version }) => ({ policyId: id, title, text, version }));
