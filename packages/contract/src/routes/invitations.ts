import { defineRoute } from '../route.ts';
import { InvitationParams } from '../schemas/invitation.ts';

export const trackInvitationOpen = defineRoute({
  method: 'GET',
  path: '/v1/invitations/{token}/open.gif',
  auth: 'none',
  summary: 'Open-tracking pixel of an invitation e-mail (a 1×1 GIF; records the first open)',
  tags: ['invitations'],
  params: InvitationParams,
  status: 200,
  responseKind: 'gif',
  idempotent: false,
});
