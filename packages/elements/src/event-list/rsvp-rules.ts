import {
  issueFieldError,
  policyIssues,
  RsvpRequest,
  validate,
  type EventPolicy,
  type Locale,
  type PolicyAcknowledgement,
} from '@alumni-kit/contract';
import type { FormRules } from '../form-kit/form-flow.ts';

// What the RSVP form loads once it is used: the contract's rules, with zod and every message.

/**
 * The rules of a reply: the request's schema, then every policy of the event acknowledged at
 * its current version (`policies` reads them when checking: the event may have been reloaded).
 */
export const rsvpRules = (policies: () => readonly EventPolicy[]): FormRules => ({
  check(body, locale: Locale) {
    const result = validate(RsvpRequest, body, locale);
    const { acknowledgedPolicies = [] } = body as { acknowledgedPolicies?: PolicyAcknowledgement[] };
    const policyErrors = policyIssues(policies(), acknowledgedPolicies).map((issue) =>
      issueFieldError(issue, locale),
    );
    return [...(result.ok ? [] : result.errors), ...policyErrors];
  },
});
