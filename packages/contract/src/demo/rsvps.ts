import type { Contact } from '../schemas/rsvp.ts';
import { daysAfter } from './days.ts';
import { ALCOHOL_SERVED } from './events.ts';
import { DEMO_IDS } from './ids.ts';
import type { DemoRsvp } from './types.ts';

const guests: Contact[] = [
  { name: 'Priya Natarajan', email: 'priya.natarajan@example.org' },
  { name: 'Tomás Álvarez', email: 'tomas.alvarez@example.org' },
  { name: 'Chloé Martin', email: 'chloe.martin@example.org' },
  { name: '佐藤 健', email: 'ken.sato@example.org' },
  { name: '鈴木 美咲', email: 'misaki.suzuki@example.org' },
];

/**
 * Fills the two full events (the panel has one person waiting, the walking tour no waitlist)
 * and gives the reunion a seat whose cancel token is known. Cancel tokens are fixed, so that
 * every process seeding the demo agrees on them.
 */
export function demoRsvps(now: Date): DemoRsvp[] {
  const at = daysAfter(now, -2);
  const rsvp = (
    id: string,
    eventId: string,
    attendee: Contact,
    status: DemoRsvp['status'],
    cancelToken: string,
  ): DemoRsvp => ({
    id,
    eventId,
    attendee,
    status,
    acknowledgedPolicies: [],
    cancelToken,
    createdAt: at,
    updatedAt: at,
  });
  const [priya, tomas, chloe, ken, misaki] = guests as [Contact, Contact, Contact, Contact, Contact];
  const { fullWithWaitlist, fullWithoutWaitlist, reunion } = DEMO_IDS.events;
  const { cancellable } = DEMO_IDS.rsvps;
  return [
    rsvp('rsvp_seed_1', fullWithWaitlist, priya, 'confirmed', 'ct_1b7e4d9a2c6f8e3b5a0d'),
    rsvp('rsvp_seed_2', fullWithWaitlist, tomas, 'confirmed', 'ct_8c2f6a1e9d4b7c3a5e0f'),
    rsvp('rsvp_seed_3', fullWithWaitlist, chloe, 'confirmed', 'ct_4e9a3c7b1f5d8a2e6c0b'),
    rsvp('rsvp_seed_4', fullWithWaitlist, ken, 'waitlisted', 'ct_6d1b8f3a5c9e2d7b4a0e'),
    rsvp('rsvp_seed_5', fullWithoutWaitlist, misaki, 'confirmed', 'ct_2a5c9e4d7b1f6a3c8e0d'),
    rsvp('rsvp_seed_6', fullWithoutWaitlist, priya, 'confirmed', 'ct_9f3d6b2e8a4c1f7d5b0a'),
    {
      ...rsvp(cancellable.id, reunion, misaki, 'confirmed', cancellable.cancelToken),
      acknowledgedPolicies: [{ policyId: ALCOHOL_SERVED.id, version: ALCOHOL_SERVED.version }],
    },
  ];
}
