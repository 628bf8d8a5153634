import { daysAfter } from './days.ts';
import { DEMO_IDS } from './ids.ts';
import type { DemoInvitation, DemoMember } from './types.ts';

/** An alumna and an employee who joined during onboarding, with their preferences. */
export function demoMembers(now: Date): DemoMember[] {
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
        createdAt: daysAfter(now, -400),
      },
      preferences: { cadence: 'quarterly', topics: ['events', 'learning'], paused: false },
      consent: { privacyPolicyVersion: '2026-04', acceptedAt: daysAfter(now, -400) },
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
        createdAt: daysAfter(now, -60),
      },
      preferences: { cadence: 'events-only', topics: ['events', 'volunteering'], paused: false },
      consent: { privacyPolicyVersion: '2026-04', acceptedAt: daysAfter(now, -60) },
      employeeId: employee.sub,
    },
  ];
}

/** Invitations e-mailed to people who are not members yet; one of them was opened. */
export function demoInvitations(now: Date): DemoInvitation[] {
  const { sent, alsoSent, opened } = DEMO_IDS.invitations;
  return [
    { token: sent, email: 'kenji.sato@example.org', status: 'sent', sentAt: daysAfter(now, -3) },
    { token: alsoSent, email: 'maria.garcia@example.org', status: 'sent', sentAt: daysAfter(now, -3) },
    {
      token: opened,
      email: 'olivia.brown@example.org',
      status: 'opened',
      sentAt: daysAfter(now, -10),
      openedAt: daysAfter(now, -9),
    },
  ];
}
