import { fieldError, type EventPolicy, type Locale, type PolicyAcknowledgement } from '@alumni-kit/contract';
import { apiError } from './problems.ts';
import type { AcceptedPolicy, StoredEvent } from './store.ts';

/**
 * Checks that every policy of the event is acknowledged at its current version and returns
 * what was accepted, with the exact text. Otherwise 422 with one field error per missing
 * policy, at `/acknowledgedPolicies/<policyId>` so a form can mark that policy's checkbox.
 */
export function acceptPolicies(
  event: StoredEvent,
  acknowledged: readonly PolicyAcknowledgement[],
  locale: Locale,
): AcceptedPolicy[] {
  const isAcknowledged = (policyId: string, version: string) =>
    acknowledged.some((ack) => ack.policyId === policyId && ack.version === version);
  const missing = event.policies.filter((policy) => !isAcknowledged(policy.id, policy.version));
  if (missing.length > 0) {
    const errors = missing.map((policy) =>
      fieldError(['acknowledgedPolicies', policy.id], 'must_accept', locale),
    );
    throw apiError(422, 'policy_not_acknowledged', errors);
  }
  return event.policies.map(accepted);
}

/** What is kept of a policy someone accepted: its exact text and version. */
export const accepted = ({ id, title, text, version }: EventPolicy): AcceptedPolicy => ({
  policyId: id,
  title,
  text,
  version,
});
