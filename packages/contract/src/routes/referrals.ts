import * as shapes from '../endpoint-shapes.ts';
import { defineRoute } from '../route.ts';
import { Referral, ReferralRequest, RoleList } from '../schemas/referral.ts';

export const listRoles = defineRoute({
  ...shapes.listRoles,
  summary: 'Open roles alumni can refer candidates for',
  tags: ['referrals'],
  response: RoleList,
});

export const createReferral = defineRoute({
  ...shapes.createReferral,
  summary: 'Refer a candidate who agreed to be referred',
  tags: ['referrals'],
  body: ReferralRequest,
  response: Referral,
});
