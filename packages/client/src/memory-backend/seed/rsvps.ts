import { accepted } from '../policies.ts';
import { randomToken } from '../random.ts';
import type { Person, StoredRsvp } from '../store.ts';
import { ALCOHOL_SERVED } from './events.ts';
import { DEMO_IDS } from './ids.ts';

const guests: Person[] = [
  { name: 'Priya Natarajan', email: 'priya.natarajan@example.org' },
  { name: 'Tomás Álvarez', email: 'tomas.alvarez@example.org' },
  { name: 'Chloé Martin', email: 'chloe.martin@example.org' },
  { name: '佐藤 健', email: 'ken.sato@example.org' },
  { name: '鈴木 美咲', email: 'misaki.suzuki@example.org' },
];

/**
 * Fills the two full events (the panel has one person waiting, the walking tour no waitlist)
 * and gives the reunion a seat whose cancel token is known.
 */
export function seedRsvps(now: Date): StoredRsvp[] {
  const at = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  const rsvp = (id: string, eventId: string, attendee: Person, status: StoredRsvp['status']): StoredRsvp => ({
    id,
    eventId,
    attendee,
    status,
    acceptedPolicies: [],
    cancelToken: randomToken(),
    createdAt: at,
    updatedAt: at,
  });
  const [priya, tomas, chloe, ken, misaki] = guests as [Person, Person, Person, Person, Person];
  const { fullWithWaitlist, fullWithoutWaitlist, reunion } = DEMO_IDS.events;
  const { cancellable } = DEMO_IDS.rsvps;
  return [
    rsvp('rsvp_seed_1', fullWithWaitlist, priya, 'confirmed'),
    rsvp('rsvp_seed_2', fullWithWaitlist, tomas, 'confirmed'),
    rsvp('rsvp_seed_3', fullWithWaitlist, chloe, 'confirmed'),
    rsvp('rsvp_seed_4', fullWithWaitlist, ken, 'waitlisted'),
    rsvp('rsvp_seed_5', fullWithoutWaitlist, misaki, 'confirmed'),
    rsvp('rsvp_seed_6', fullWithoutWaitlist, priya, 'confirmed'),
    {
      ...rsvp(cancellable.id, reunion, misaki, 'confirmed'),
      acceptedPolicies: [accepted(ALCOHOL_SERVED)],
      cancelToken: cancellable.cancelToken,
    },
  ];
}
