import * as shapes from '../endpoint-shapes.ts';
import { defineRoute } from '../route.ts';
import { InvitationParams } from '../schemas/invitation.ts';

export const trackInvitationOpen = defineRoute({
  ...shapes.trackInvitationOpen,
  summary: 'Open-tracking pixel of an invitation e-mail (a 1×1 GIF; records the first open)',
  tags: ['invitations'],
  params: InvitationParams,
});
