/**
 * The closed lists of values the schemas accept, without zod: browser code that only needs the
 * values (a filter's options, a form's checkboxes) imports them from here and carries no schema.
 */
export const SIGNUP_MODES = ['employee', 'alumni'] as const;

export const INTERESTS = [
  'returning',
  'mentoring',
  'speaking',
  'referring',
  'volunteering',
  'events',
] as const;

export const EVENT_TYPES = ['learning', 'volunteer', 'social', 'reunion'] as const;

export const EVENT_FORMATS = ['virtual', 'in-person', 'hybrid'] as const;

export const POLICY_KINDS = ['alcohol', 'code-of-conduct', 'other'] as const;

export const RSVP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

export const RELATIONSHIPS = [
  'former-colleague',
  'manager',
  'report',
  'friend',
  'classmate',
  'other',
] as const;

export const KNOWN_FOR = ['under-1-year', '1-3-years', '3-5-years', 'over-5-years'] as const;

export const CADENCES = ['monthly', 'quarterly', 'events-only', 'none'] as const;

export const TOPICS = ['events', 'learning', 'volunteering', 'jobs', 'company-news', 'referrals'] as const;

export const INVITATION_STATUSES = ['sent', 'opened', 'accepted', 'bounced'] as const;
