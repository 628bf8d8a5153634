import { defineRoute } from '../route.ts';
import { Referral, ReferralRequest, RoleList } from '../schemas/referral.ts';

export const listRoles = defineRoute({
  method: 'GET',
  path: '/v1/roles',
  auth: 'public',
  summary: 'Open roles alumni can refer candidates for',
  tags: ['referrals'],
  status: 200,
  responseKind: 'json',
  response: RoleList,
  idempotent: false,
});

export const createReferral = defineRoute({
  method: 'POST',
  path: '/v1/referrals',
  auth: 'public',
  summary: 'Refer a candidate who agreed to be referred',
  tags: ['referrals'],
  body: ReferralRequest,
  status: 201,
  responseKind: 'json',
  response: Referral,
  idempotent: true,
});
