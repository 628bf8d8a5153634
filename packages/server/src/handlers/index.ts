import type { Routes } from '@alumni-kit/contract';
import type { Handlers } from '../http/handler.ts';
import { cancelRsvp } from './cancel-rsvp.ts';
import { getEvent, getEventCalendar, listEvents } from './events.ts';
import { trackInvitationOpen } from './invitations.ts';
import { getMe, updatePreferences } from './me.ts';
import { createReferral, listRoles } from './referrals.ts';
import { createRsvp } from './rsvps.ts';
import { createSignup } from './signups.ts';
import { createSurveyResponse, getSurvey } from './surveys.ts';

/** One handler per operation of the contract. */
export const handlers: Handlers<Routes> = {
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
