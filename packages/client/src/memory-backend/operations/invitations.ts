import { transparentPixel } from '../gif.ts';
import type { Operation } from '../operation.ts';

/**
 * The open-tracking pixel: records the first open of a sent invitation. Every token gets the
 * same GIF, known or not, so the answer never tells whether a token is valid.
 */
export const trackInvitationOpen: Operation<'trackInvitationOpen'> = ({ params }, { store, now }) => {
  const invitation = store.invitations.get(params.token);
  if (invitation?.status === 'sent') {
    invitation.status = 'opened';
    invitation.openedAt = now().toISOString();
  }
  return transparentPixel();
};
