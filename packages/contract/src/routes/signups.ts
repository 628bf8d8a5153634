import { defineRoute } from '../route.ts';
import { SignupRequest, SignupResult } from '../schemas/member.ts';

export const createSignup = defineRoute({
  method: 'POST',
  path: '/v1/signups',
  auth: 'public',
  summary: 'Join the network as an employee (onboarding) or as an alumnus',
  tags: ['members'],
  body: SignupRequest,
  status: 201,
  responseKind: 'json',
  response: SignupResult,
  idempotent: true,
});
