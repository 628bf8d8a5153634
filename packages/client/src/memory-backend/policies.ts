import {
  policyIssues,
  type EventPolicy,
  type Locale,
  type PolicyAcknowledgement,
} from '@alumni-kit/contract';
import { apiError, issueError } from './problems.ts';
import type { AcceptedPolicy, StoredEvent } from './store.ts';

/**
 * Checks that every policy of the event is acknowledged at its current version and returns
 * what was accepted, with the exact text. Otherwise 422 with one field error per policy
 * (`policyIssues`), so that a form can mark that policy's checkbox.
 */
export function acceptPolicies(
  event: StoredEvent,
  acknowledged: readonly PolicyAcknowledgement[],
  locale: Locale,
): AcceptedPolicy[] {
  const issues = policyIssues(event.policies, acknowledged);
  if (issues.length > 0) {
    throw apiError(
      422,
      'policy_not_acknowledged',
      issues.map((issue) => issueError(issue, locale)),
    );
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
