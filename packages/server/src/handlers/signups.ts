import type { Preferences, RouteParsedInput, Routes } from '@alumni-kit/contract';
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { invitations, memberEmails, members } from '../db/schema/index.ts';
import { ApiProblem } from '../http/api-problem.ts';
import type { Handler } from '../http/handler.ts';
import { newId } from '../random.ts';
import { toMember } from './views/member-view.ts';

type SignupBody = RouteParsedInput<Routes['createSignup']>['body'];

/** What a new member hears about until they choose: events only, at most monthly. */
const DEFAULT_PREFERENCES: Preferences = { cadence: 'monthly', topics: ['events'], paused: false };

/** The addresses and dates of each mode: an employee's personal e-mail is the one the network writes to. */
const modeFields = (body: SignupBody) =>
  body.mode === 'employee'
    ? {
        email: body.personalEmail,
        workEmail: body.workEmail,
        employeeId: body.employeeId,
        startDate: body.startDate,
      }
    : { email: body.email, joinedOn: body.joinedOn, leftOn: body.leftOn };

function memberRow(tenantId: string, body: SignupBody, now: Date): typeof members.$inferInsert {
  return {
    tenantId,
    id: newId('mem'),
    mode: body.mode,
    name: body.name,
    ...modeFields(body),
    department: body.department,
    jobTitle: body.jobTitle,
    profileUrl: body.profileUrl,
    interests: body.interests,
    consentVersion: body.consent.privacyPolicyVersion,
    consentAcceptedAt: now,
    source: body.source,
    hiddenFields: body.hiddenFields,
    ...DEFAULT_PREFERENCES,
    createdAt: now,
    updatedAt: now,
  };
}

/** Accepts the invitation behind `token` once; later signups with it accept nothing. */
async function acceptInvitation(db: Database, tenantId: string, memberId: string, token: string, now: Date) {
  const accepted = await db
    .update(invitations)
    .set({ status: 'accepted', acceptedAt: now, memberId })
    .where(
      and(
        eq(invitations.tenantId, tenantId),
        eq(invitations.token, token),
        ne(invitations.status, 'accepted'),
      ),
    )
    .returning({ token: invitations.token });
  return accepted.length > 0;
}

/**
 * Employee (onboarding, with a personal e-mail for after exit) or alumni signup. Any of the
 * person's addresses already on a member → 409 `already_member`.
 */
export const createSignup: Handler<Routes['createSignup']> = async ({ body }, { db, tenant, now, spam }) => {
  const row = memberRow(tenant.id, body, now);
  const member = toMember(row);
  if (spam) return { member, invitationAccepted: false };

  await db.insert(members).values(row);
  const addresses = [row.email, row.workEmail].filter((email) => typeof email === 'string');
  const added = await db
    .insert(memberEmails)
    .values(addresses.map((email) => ({ tenantId: tenant.id, email, memberId: row.id })))
    .onConflictDoNothing()
    .returning({ email: memberEmails.email });
  if (added.length < addresses.length) throw new ApiProblem('already_member');

  const token = body.invitationToken;
  const invitationAccepted =
    token !== undefined && (await acceptInvitation(db, tenant.id, row.id, token, now));
  return { member, invitationAccepted };
};
