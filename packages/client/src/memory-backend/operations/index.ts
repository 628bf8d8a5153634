import type { OperationId } from '@alumni-kit/contract';
import type { Operation } from '../operation.ts';
import { cancelRsvp } from './cancel-rsvp.ts';
import { getEvent, getEventCalendar, listEvents } from './events.ts';
import { trackInvitationOpen } from './invitations.ts';
import { getMe, updatePreferences } from './me.ts';
import { createReferral, listRoles } from './referrals.ts';
import { createRsvp } from './rsvps.ts';
import { createSignup } from './signups.ts';
import { createSurveyResponse, getSurvey } from './surveys.ts';

/** Every operation of the contract; a route without one is a type error. */
export const operations: { [K in OperationId]: Operation<K> } = {
  createSignup,
  listEvents,
  getEvent,
  getEventCalendar,
  createRsvp,
  cancelRsvp,
  listRoles,
  createReferral,
  getSurvey,
  createSurveyResponse,
  trackInvitationOpen,
  getMe,
  updatePreferences,
};
