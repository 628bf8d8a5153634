import type { EndpointDefinition } from './route.ts';

// Every route's method, path, auth and response kind, one export per operation id, without
// schemas: the routes spread them, and `endpoints` gives them to clients that carry no zod.

export const createSignup = {
  method: 'POST',
  path: '/v1/signups',
  auth: 'public',
  status: 201,
  responseKind: 'json',
  idempotent: true,
} as const satisfies EndpointDefinition;

export const listEvents = {
  method: 'GET',
  path: '/v1/events',
  auth: 'public',
  status: 200,
  responseKind: 'json',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const getEvent = {
  method: 'GET',
  path: '/v1/events/{eventId}',
  auth: 'public',
  status: 200,
  responseKind: 'json',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const getEventCalendar = {
  method: 'GET',
  path: '/v1/events/{eventId}/calendar.ics',
  auth: 'public',
  status: 200,
  responseKind: 'calendar',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const createRsvp = {
  method: 'POST',
  path: '/v1/events/{eventId}/rsvps',
  auth: 'public',
  status: 201,
  responseKind: 'json',
  idempotent: true,
} as const satisfies EndpointDefinition;

export const cancelRsvp = {
  method: 'POST',
  path: '/v1/rsvps/{rsvpId}/cancel',
  auth: 'public',
  status: 200,
  responseKind: 'json',
  idempotent: true,
} as const satisfies EndpointDefinition;

export const listRoles = {
  method: 'GET',
  path: '/v1/roles',
  auth: 'public',
  status: 200,
  responseKind: 'json',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const createReferral = {
  method: 'POST',
  path: '/v1/referrals',
  auth: 'public',
  status: 201,
  responseKind: 'json',
  idempotent: true,
} as const satisfies EndpointDefinition;

export const getSurvey = {
  method: 'GET',
  path: '/v1/surveys/{surveyId}',
  auth: 'public',
  status: 200,
  responseKind: 'json',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const createSurveyResponse = {
  method: 'POST',
  path: '/v1/surveys/{surveyId}/responses',
  auth: 'public',
  status: 201,
  responseKind: 'json',
  idempotent: true,
} as const satisfies EndpointDefinition;

export const trackInvitationOpen = {
  method: 'GET',
  path: '/v1/invitations/{token}/open.gif',
  auth: 'none',
  status: 200,
  responseKind: 'gif',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const getMe = {
  method: 'GET',
  path: '/v1/me',
  auth: 'member',
  status: 200,
  responseKind: 'json',
  idempotent: false,
} as const satisfies EndpointDefinition;

export const updatePreferences = {
  method: 'PUT',
  path: '/v1/me/preferences',
  auth: 'member',
  status: 200,
  responseKind: 'json',
  idempotent: true,
} as const satisfies EndpointDefinition;
