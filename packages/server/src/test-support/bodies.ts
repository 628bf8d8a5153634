/** Valid request bodies to vary in tests. */

export const alumniSignup = (email: string, extra: Record<string, unknown> = {}) => ({
  mode: 'alumni',
  name: '山田 花子',
  email,
  consent: { accepted: true, privacyPolicyVersion: '2026-04' },
  ...extra,
});

export const employeeSignup = (
  workEmail: string,
  personalEmail: string,
  extra: Record<string, unknown> = {},
) => ({
  mode: 'employee',
  name: 'Alex Morgan',
  workEmail,
  personalEmail,
  employeeId: 'E-1',
  startDate: '2026-04-01',
  consent: { accepted: true, privacyPolicyVersion: '2026-04' },
  ...extra,
});

export const rsvp = (email: string, extra: Record<string, unknown> = {}) => ({
  attendee: { name: 'Zoë Martin', email },
  ...extra,
});

export const referral = (candidateEmail: string, roleId: string | null = 'role_backend_engineer') => ({
  referrer: { name: 'Łukasz Nowak', email: 'lukasz@example.com' },
  roleId,
  candidate: { name: '佐藤 花子', email: candidateEmail },
  relationship: 'former-colleague',
  knownFor: '3-5-years',
  candidateConsent: true,
});

/** The demo reunion's alcohol policy, acknowledged. */
export const REUNION_POLICIES = { acknowledgedPolicies: [{ policyId: 'pol_alcohol', version: '2026-01' }] };
