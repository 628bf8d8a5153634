import * as shapes from '../endpoint-shapes.ts';
import { defineRoute } from '../route.ts';
import { SignupRequest, SignupResult } from '../schemas/member.ts';

export const createSignup = defineRoute({
  ...shapes.createSignup,
  summary: 'Join the network as an employee (onboarding) or as an alumnus',
  tags: ['members'],
  body: SignupRequest,
  response: SignupResult,
});
