import type { StoredInvitation, StoredMember } from '../store.ts';
import { DEMO_IDS } from './ids.ts';

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** An alumna and an employee who joined during onboarding, with their preferences. */
export function seedMembers(now: Date): StoredMember[] {
  const { alumna, employee } = DEMO_IDS.members;
  return [
    {
      member: {
        id: alumna.id,
        mode: 'alumni',
        name: alumna.name,
        email: alumna.email,
        department: 'Product',
        jobTitle: 'Product manager',
        profileUrl: 'https://www.linkedin.com/in/hanako-yamada-example',
        interests: ['mentoring', 'speaking', 'events'],
        joinedOn: '2015-04',
        leftOn: '2023-03',
        createdAt: daysAgo(now, 400),
      },
      preferences: { cadence: 'quarterly', topics: ['events', 'learning'], paused: false },
      consent: { privacyPolicyVersion: '2026-04', acceptedAt: daysAgo(now, 400) },
    },
    {
      member: {
        id: employee.id,
        mode: 'employee',
        name: employee.name,
        email: employee.email,
        workEmail: employee.workEmail,
        department: 'Engineering',
        jobTitle: 'Software engineer',
        interests: ['referring', 'volunteering'],
        startDate: '2026-09-01',
        createdAt: daysAgo(now, 60),
      },
      preferences: { cadence: 'events-only', topics: ['events', 'volunteering'], paused: false },
      consent: { privacyPolicyVersion: '2026-04', acceptedAt: daysAgo(now, 60) },
      employeeId: employee.sub,
    },
  ];
}

/** Invitations e-mailed to people who are not members yet; one of them was opened. */
export function seedInvitations(now: Date): StoredInvitation[] {
  const { sent, alsoSent, opened } = DEMO_IDS.invitations;
  return [
    { token: sent, email: 'kenji.sato@example.org', status: 'sent', sentAt: daysAgo(now, 3) },
    { token: alsoSent, email: 'maria.garcia@example.org', status: 'sent', sentAt: daysAgo(now, 3) },
    {
      token: opened,
      email: 'olivia.brown@example.org',
      status: 'opened',
      sentAt: daysAgo(now, 10),
      openedAt: daysAgo(now, 9),
    },
  ];
}
