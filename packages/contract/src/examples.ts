import type { RouteInput } from './route.ts';
import type { OperationId, Routes } from './routes/index.ts';

/** A valid input of every operation, keyed by operation id. */
export type ExampleInputs = { [K in OperationId]: RouteInput<Routes[K]> };

/**
 * One valid request of every operation, with the ids of the demo data
 * (event `evt_tokyo_reunion_2026` with its policy `pol_alcohol` version `2026-01`,
 * role `role_backend_engineer`, survey `srv_reunion_feedback` and its questions).
 * The OpenAPI document shows them; server and backend tests send them.
 */
export const examples = {
  createSignup: {
    body: {
      mode: 'employee',
      name: '山田 太郎',
      workEmail: 'taro.yamada@example.co.jp',
      personalEmail: 'taro.yamada+alumni@example.com',
      department: 'プロダクト開発部',
      jobTitle: 'Software Engineer',
      employeeId: 'E-104233',
      startDate: '2026-04-01',
      interests: ['mentoring', 'events', 'returning'],
      consent: { accepted: true, privacyPolicyVersion: '2026-04' },
      source: { source: 'intranet', medium: 'onboarding', campaign: 'day-one-2026' },
      hiddenFields: { office: 'Osaka' },
    },
  },
  listEvents: {
    query: { type: 'reunion', format: 'hybrid', when: 'upcoming', limit: 10 },
  },
  getEvent: {
    params: { eventId: 'evt_tokyo_reunion_2026' },
  },
  getEventCalendar: {
    params: { eventId: 'evt_tokyo_reunion_2026' },
  },
  createRsvp: {
    params: { eventId: 'evt_tokyo_reunion_2026' },
    body: {
      attendee: { name: 'Zoë Martin', email: 'zoe.martin@example.com' },
      needs: { dietary: 'Vegetarian, no alcohol', accessibility: 'Step-free access, please' },
      acknowledgedPolicies: [{ policyId: 'pol_alcohol', version: '2026-01' }],
    },
  },
  cancelRsvp: {
    params: { rsvpId: 'rsvp_7Hq2Lx9Pw4' },
    body: { cancelToken: 'ct_5f2b9c1e7a3d4b8f9e0a' },
  },
  listRoles: {},
  createReferral: {
    body: {
      referrer: { name: 'Łukasz Nowak', email: 'lukasz.nowak@example.com' },
      roleId: 'role_backend_engineer',
      candidate: {
        name: '佐藤 花子',
        email: 'hanako.sato@example.jp',
        profileUrl: 'https://www.linkedin.com/in/hanako-sato',
      },
      relationship: 'former-colleague',
      knownFor: '3-5-years',
      note: 'We shipped the payments platform together; she led the Go services.',
      candidateConsent: true,
    },
  },
  getSurvey: {
    params: { surveyId: 'srv_reunion_feedback' },
  },
  createSurveyResponse: {
    params: { surveyId: 'srv_reunion_feedback' },
    body: {
      eventId: 'evt_tokyo_reunion_2026',
      respondent: { name: '鈴木 一郎', email: 'ichiro.suzuki@example.jp' },
      answers: [
        { questionId: 'q_overall', score: 5 },
        { questionId: 'q_recommend', score: 9 },
        { questionId: 'q_next_format', choices: ['opt_in_person', 'opt_virtual'] },
        { questionId: 'q_ideas', text: 'A mentoring evening with the Osaka office, 大阪での勉強会も!' },
      ],
    },
  },
  trackInvitationOpen: {
    params: { token: 'inv_3f9c2a7b8d1e4f60' },
  },
  getMe: {},
  updatePreferences: {
    body: { cadence: 'quarterly', topics: ['events', 'jobs', 'learning'], paused: false },
  },
} satisfies ExampleInputs;
