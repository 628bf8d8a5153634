import {
  policyIssues,
  type EventPolicy,
  type Locale,
  type PolicyAcknowledgement,
} from '@alumni-kit/contract';
import type { AcceptedPolicy } from '../db/schema/index.ts';
import { ApiProblem } from '../http/api-problem.ts';
import { issueError } from './issue-error.ts';

/**
 * Checks that every policy of the event is acknowledged at its current version and returns what
 * was accepted, with the exact text. Otherwise 422 with one field error per policy
 * (`policyIssues`), so that a form can mark that policy's checkbox.
 */
export function acceptPolicies(
  policies: readonly EventPolicy[],
  acknowledged: readonly PolicyAcknowledgement[],
  locale: Locale,
): AcceptedPolicy[] {
  const issues = policyIssues(policies, acknowledged);
  if (issues.length > 0) {
    throw new ApiProblem('policy_not_acknowledged', {
      errors: issues.map((issue) => issueError(issue, locale)),
    });
  }
  return policies.map(({ id, title, text, version }) => ({ policyId: id, title, text, version }));
}
