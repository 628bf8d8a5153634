import type { AlumniEvent } from '../schemas/event.ts';
import { DEMO_IDS, demoData } from '../demo/index.ts';
import type { Survey } from '../schemas/survey.ts';

/** A hybrid reunion with an alcohol policy, as the server returns it (the id of the examples). */
export const tokyoReunion: AlumniEvent = {
  id: 'evt_tokyo_reunion_2026',
  title: '東京 Alumni Reunion 2026',
  summary: 'Drinks, demos and old friends.',
  description: 'Join us at the Shibuya office.\nDoors open at 18:30; talks start at 19:00.',
  type: 'reunion',
  format: 'hybrid',
  status: 'published',
  startsAt: '2026-12-04T19:00:00+09:00',
  endsAt: '2026-12-04T21:30:00+09:00',
  timeZone: 'Asia/Tokyo',
  location: { name: 'Shibuya Office, 12F', address: '2-24-12 Shibuya', city: 'Tokyo', country: 'Japan' },
  capacity: 120,
  seatsLeft: 34,
  waitlist: { enabled: true, count: 0 },
  policies: [
    {
      id: 'pol_alcohol',
      kind: 'alcohol',
      title: 'Alcohol is served',
      text: 'Alcohol is served at this event. Attendees must be 20 or older.',
      version: '2026-01',
    },
  ],
  updatedAt: '2026-11-20T08:00:00Z',
};

/** The demo's reunion feedback survey, which the examples answer: one question of every kind. */
export const reunionSurvey: Survey = (() => {
  const { surveys } = demoData(new Date('2026-12-01T03:00:00Z'));
  const survey = surveys.find(({ id }) => id === DEMO_IDS.surveys.reunionFeedback);
  if (!survey) throw new Error('The demo data has no reunion survey');
  return survey;
})();
