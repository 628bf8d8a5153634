import type { Member } from '@alumni-kit/contract';
import type { members } from '../../db/schema/index.ts';
import { optional } from './optional.ts';

/** A stored member, or one about to be (the fields a signup sets). */
type MemberRow = typeof members.$inferInsert;

/** A member as they (and their signup's answer) see themselves. */
export const toMember = (row: MemberRow): Member => ({
  id: row.id,
  mode: row.mode,
  name: row.name,
  email: row.email,
  ...optional('workEmail', row.workEmail),
  ...optional('department', row.department),
  ...optional('jobTitle', row.jobTitle),
  ...optional('profileUrl', row.profileUrl),
  interests: row.interests,
  ...optional('joinedOn', row.joinedOn),
  ...optional('leftOn', row.leftOn),
  ...optional('startDate', row.startDate),
  createdAt: row.createdAt.toISOString(),
});
