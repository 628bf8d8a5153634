import type { MemberTokenClaims, Routes } from '@alumni-kit/contract';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { memberEmails, members } from '../db/schema/index.ts';
import { ApiProblem } from '../http/api-problem.ts';
import type { Handler, MemberContext } from '../http/handler.ts';
import { toMember } from './views/member-view.ts';

/** The member whose personal or work e-mail the token names; 404 when not a member. */
async function currentMember(db: Database, tenantId: string, member: MemberTokenClaims) {
  const [found] = await db
    .select({ member: members })
    .from(memberEmails)
    .innerJoin(
      members,
      and(eq(members.tenantId, memberEmails.tenantId), eq(members.id, memberEmails.memberId)),
    )
    .where(and(eq(memberEmails.tenantId, tenantId), eq(memberEmails.email, member.email)));
  if (!found) throw new ApiProblem('not_found', { detail: 'The member token names no member yet.' });
  return found.member;
}

export const getMe: Handler<Routes['getMe'], MemberContext> = async (_input, { db, tenant, member }) => {
  const row = await currentMember(db, tenant.id, member);
  return {
    member: toMember(row),
    preferences: { cadence: row.cadence, topics: row.topics, paused: row.paused },
  };
};

export const updatePreferences: Handler<Routes['updatePreferences'], MemberContext> = async (
  { body },
  { db, tenant, member, now },
) => {
  const row = await currentMember(db, tenant.id, member);
  await db
    .update(members)
    .set({ ...body, updatedAt: now })
    .where(and(eq(members.tenantId, tenant.id), eq(members.id, row.id)));
  return body;
};
