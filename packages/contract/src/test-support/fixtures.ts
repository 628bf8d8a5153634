import type { AlumniEvent } from '../schemas/event.ts';
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

/** The reunion feedback survey the examples answer: one question of every kind. */
export const reunionSurvey: Survey = {
  id: 'srv_reunion_feedback',
  title: 'Tokyo Reunion 2026: how was it?',
  anonymous: false,
  eventId: 'evt_tokyo_reunion_2026',
  questions: [
    { id: 'q_overall', kind: 'rating', label: 'Overall, how was the event?', required: true },
    {
      id: 'q_recommend',
      kind: 'nps',
      label: 'Would you recommend our events to a former colleague?',
      required: true,
    },
    {
      id: 'q_heard_from',
      kind: 'single-choice',
      label: 'How did you hear about it?',
      required: false,
      allowOther: false,
      options: [
        { id: 'opt_email', label: 'E-mail' },
        { id: 'opt_linkedin', label: 'LinkedIn' },
      ],
    },
    {
      id: 'q_next_format',
      kind: 'multiple-choice',
      label: 'Which formats would you join next time?',
      required: false,
      allowOther: true,
      maxSelections: 2,
      options: [
        { id: 'opt_in_person', label: 'In person' },
        { id: 'opt_virtual', label: 'Virtual' },
        { id: 'opt_hybrid', label: 'Hybrid' },
      ],
    },
    {
      id: 'q_ideas',
      kind: 'text',
      label: 'Ideas for future events',
      required: false,
      maxLength: 100,
      purpose: 'ideas',
    },
  ],
};
