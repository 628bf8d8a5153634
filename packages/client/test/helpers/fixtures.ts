import type { AlumniEvent, Problem, SignupRequest, SignupResult } from '@alumni-kit/contract';

export const publishableKey = 'pk_test_0123456789';

export const event: AlumniEvent = {
  id: 'evt_learning_1',
  title: 'Boomerang breakfast',
  description: 'Coffee with people who came back.',
  type: 'learning',
  format: 'hybrid',
  status: 'published',
  startsAt: '2026-12-01T09:00:00+09:00',
  endsAt: '2026-12-01T10:00:00+09:00',
  timeZone: 'Asia/Tokyo',
  capacity: 40,
  seatsLeft: 12,
  waitlist: { enabled: true, count: 0 },
  policies: [],
  updatedAt: '2026-11-20T10:00:00+09:00',
};

export const signup = {
  mode: 'alumni',
  name: '山田 太郎',
  email: 'taro+alumni@example.com',
  consent: { accepted: true, privacyPolicyVersion: '2026-04' },
} satisfies SignupRequest;

export const signupResult: SignupResult = {
  member: {
    id: 'mem_1',
    mode: 'alumni',
    name: '山田 太郎',
    email: 'taro+alumni@example.com',
    interests: [],
    createdAt: '2026-11-25T12:00:00+09:00',
  },
  invitationAccepted: false,
};

export const alreadyMember: Problem = {
  type: 'urn:alumni-kit:problem:already_member',
  title: 'This e-mail address is already a member',
  status: 409,
  code: 'already_member',
  errors: [{ pointer: '/email', path: 'email', code: 'already_member', message: 'Already a member.' }],
};

export const problemJson = { 'Content-Type': 'application/problem+json' };
