import * as z from 'zod/mini';
import {
  antiSpam,
  calendarDate,
  email,
  httpUrl,
  id,
  instant,
  line,
  personName,
  uniqueList,
  yearMonth,
} from '../primitives.ts';
import { INTERESTS, SIGNUP_MODES } from '../vocabulary.ts';

export const SignupMode = z.enum(SIGNUP_MODES);
export type SignupMode = z.infer<typeof SignupMode>;

export const Interest = z.enum(INTERESTS);
export type Interest = z.infer<typeof Interest>;

/** Campaign attribution, usually read from `utm_*` parameters of the page URL. */
export const Source = z.strictObject({
  source: z.optional(line(200)),
  medium: z.optional(line(200)),
  campaign: z.optional(line(200)),
  term: z.optional(line(200)),
  content: z.optional(line(200)),
});
export type Source = z.infer<typeof Source>;

/** Hidden fields a host page adds to a signup (e.g. `office: "Osaka"`), at most 20. */
export const HiddenFields = z.record(
  z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/)),
  z.string().check(z.maxLength(500)),
);

export const Consent = z.strictObject({
  /** Must be `true`: the person accepted the privacy policy. */
  accepted: z.literal(true),
  /** The version of the privacy policy the person saw, e.g. `2026-04`. */
  privacyPolicyVersion: line(64),
});

const signupFields = {
  name: personName,
  department: z.optional(line(200)),
  jobTitle: z.optional(line(200)),
  profileUrl: z.optional(httpUrl),
  interests: z._default(uniqueList(Interest, INTERESTS.length), []),
  consent: Consent,
  invitationToken: z.optional(line(128)),
  source: z.optional(Source),
  hiddenFields: z.optional(
    HiddenFields.check(
      z.refine((fields) => Object.keys(fields).length <= 20, { message: 'too_many_fields' }),
    ),
  ),
  antiSpam,
};

/** A new hire or current employee joining during onboarding. */
export const EmployeeSignup = z
  .strictObject({
    mode: z.literal('employee'),
    ...signupFields,
    workEmail: email,
    /** Where the network reaches the person after they leave. */
    personalEmail: email,
    employeeId: z.optional(line(64)),
    startDate: z.optional(calendarDate),
  })
  .check(
    z.refine((signup) => signup.workEmail !== signup.personalEmail, {
      message: 'personal_email_differs',
      path: ['personalEmail'],
    }),
  );

/** A former employee joining the alumni network. */
export const AlumniSignup = z
  .strictObject({
    mode: z.literal('alumni'),
    ...signupFields,
    email,
    /** First month at the company, `YYYY-MM`. */
    joinedOn: z.optional(yearMonth),
    /** Last month at the company, `YYYY-MM`. */
    leftOn: z.optional(yearMonth),
  })
  .check(
    z.refine((signup) => !signup.joinedOn || !signup.leftOn || signup.joinedOn <= signup.leftOn, {
      message: 'end_before_start',
      path: ['leftOn'],
    }),
  );

export const SignupRequest = z.discriminatedUnion('mode', [EmployeeSignup, AlumniSignup]);
export type SignupRequest = z.input<typeof SignupRequest>;

/** A member of the network as the member (or the tenant) sees them. */
export const Member = z.object({
  id,
  mode: SignupMode,
  name: z.string(),
  /** Where the network writes to: the personal e-mail. */
  email: z.string(),
  workEmail: z.optional(z.string()),
  department: z.optional(z.string()),
  jobTitle: z.optional(z.string()),
  profileUrl: z.optional(z.string()),
  interests: z.array(Interest),
  joinedOn: z.optional(z.string()),
  leftOn: z.optional(z.string()),
  startDate: z.optional(z.string()),
  createdAt: instant,
});
export type Member = z.infer<typeof Member>;

export const SignupResult = z.object({
  member: Member,
  /** True when the signup accepted an invitation. */
  invitationAccepted: z.boolean(),
});
export type SignupResult = z.infer<typeof SignupResult>;
