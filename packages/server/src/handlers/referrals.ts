import { fieldError, type OpenRole, type Referral, type Routes } from '@alumni-kit/contract';
import { and, desc, eq } from 'drizzle-orm';
import { openRoles, outbox, referrals } from '../db/schema/index.ts';
import { ApiProblem, invalidFields } from '../http/api-problem.ts';
import type { Handler } from '../http/handler.ts';
import { newId } from '../random.ts';
import { actingPerson } from './acting-person.ts';
import { optional } from './views/optional.ts';

const toRole = (row: typeof openRoles.$inferSelect): OpenRole => ({
  id: row.id,
  title: row.title,
  ...optional('department', row.department),
  ...optional('location', row.location),
  remote: row.remote,
  ...optional('url', row.url),
  postedAt: row.postedAt.toISOString(),
});

/** Roles still open, newest first. */
export const listRoles: Handler<Routes['listRoles']> = async (_input, { db, tenant }) => {
  const rows = await db
    .select()
    .from(openRoles)
    .where(and(eq(openRoles.tenantId, tenant.id), eq(openRoles.open, true)))
    .orderBy(desc(openRoles.postedAt), desc(openRoles.id));
  return { items: rows.map(toRole) };
};

/**
 * Refers a candidate who agreed to it, for an open role or in general (`roleId: null`). The same
 * candidate e-mail for the same role (or twice in general) → 409 `duplicate_referral`. The
 * candidate is told who referred them: a notice is queued in the outbox with the referral.
 */
export const createReferral: Handler<Routes['createReferral']> = async ({ body }, context) => {
  const { db, tenant, member, now, locale, spam } = context;
  const referrer = actingPerson(member, body.referrer, 'referrer', locale);
  if (body.roleId !== null) {
    const [role] = await db
      .select({ id: openRoles.id })
      .from(openRoles)
      .where(and(eq(openRoles.tenantId, tenant.id), eq(openRoles.id, body.roleId), eq(openRoles.open, true)));
    if (!role) throw invalidFields([fieldError(['roleId'], 'invalid_value', locale)]);
  }
  const referral: Referral = {
    id: newId('ref'),
    roleId: body.roleId,
    status: 'received',
    candidateNotified: true,
    createdAt: now.toISOString(),
  };
  if (spam) return referral;

  const { candidate } = body;
  const added = await db
    .insert(referrals)
    .values({
      tenantId: tenant.id,
      id: referral.id,
      roleId: body.roleId,
      referrerName: referrer.name,
      referrerEmail: referrer.email,
      referrerSub: referrer.sub,
      candidateName: candidate.name,
      candidateEmail: candidate.email,
      candidateProfileUrl: candidate.profileUrl,
      relationship: body.relationship,
      knownFor: body.knownFor,
      note: body.note,
      status: referral.status,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: referrals.id });
  if (added.length === 0) throw new ApiProblem('duplicate_referral');
  await db.insert(outbox).values({
    tenantId: tenant.id,
    id: newId('msg'),
    kind: 'referral-candidate-notice',
    recipient: candidate.email,
    payload: {
      referralId: referral.id,
      candidateName: candidate.name,
      referrerName: referrer.name,
      roleId: body.roleId,
    },
    createdAt: now,
  });
  return referral;
};
