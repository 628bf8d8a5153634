import type { DemoData } from '@alumni-kit/contract/demo';
import type { Database } from '../db/database.ts';
import * as schema from '../db/schema/index.ts';
import { demoRows } from './demo-rows.ts';

/** Stores contract-shaped demo data (events, roles, surveys, members, invitations, RSVPs) for a tenant. */
export async function seedTenant(db: Database, tenantId: string, data: DemoData): Promise<void> {
  const rows = demoRows(tenantId, data);
  await db.transaction(async (tx) => {
    // Parents first: RSVPs and member e-mails refer to events and members.
    if (rows.events.length > 0) await tx.insert(schema.events).values(rows.events);
    if (rows.roles.length > 0) await tx.insert(schema.openRoles).values(rows.roles);
    if (rows.surveys.length > 0) await tx.insert(schema.surveys).values(rows.surveys);
    if (rows.members.length > 0) await tx.insert(schema.members).values(rows.members);
    if (rows.memberEmails.length > 0) await tx.insert(schema.memberEmails).values(rows.memberEmails);
    if (rows.invitations.length > 0) await tx.insert(schema.invitations).values(rows.invitations);
    if (rows.rsvps.length > 0) await tx.insert(schema.rsvps).values(rows.rsvps);
  });
}
