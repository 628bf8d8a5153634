import { defineRoute } from '../route.ts';
import { AlumniEvent, EventListQuery, EventPage, EventParams } from '../schemas/event.ts';
import { Rsvp, RsvpCancelRequest, RsvpParams, RsvpRequest } from '../schemas/rsvp.ts';

export const listEvents = defineRoute({
  method: 'GET',
  path: '/v1/events',
  auth: 'public',
  summary: 'List published events, newest first for past ones, soonest first for upcoming ones',
  tags: ['events'],
  query: EventListQuery,
  status: 200,
  responseKind: 'json',
  response: EventPage,
  idempotent: false,
});

export const getEvent = defineRoute({
  method: 'GET',
  path: '/v1/events/{eventId}',
  auth: 'public',
  summary: 'One published event',
  tags: ['events'],
  params: EventParams,
  status: 200,
  responseKind: 'json',
  response: AlumniEvent,
  idempotent: false,
});

export const getEventCalendar = defineRoute({
  method: 'GET',
  path: '/v1/events/{eventId}/calendar.ics',
  auth: 'public',
  summary: 'The event as an iCalendar file (RFC 5545)',
  tags: ['events'],
  params: EventParams,
  status: 200,
  responseKind: 'calendar',
  idempotent: false,
});

export const createRsvp = defineRoute({
  method: 'POST',
  path: '/v1/events/{eventId}/rsvps',
  auth: 'public',
  summary: 'Reply to an event: confirmed while seats last, then waitlisted',
  tags: ['events'],
  params: EventParams,
  body: RsvpRequest,
  status: 201,
  responseKind: 'json',
  response: Rsvp,
  idempotent: true,
});

export const cancelRsvp = defineRoute({
  method: 'POST',
  path: '/v1/rsvps/{rsvpId}/cancel',
  auth: 'public',
  summary: "Cancel an RSVP with its cancel token or the attendee's member token",
  tags: ['events'],
  params: RsvpParams,
  body: RsvpCancelRequest,
  status: 200,
  responseKind: 'json',
  response: Rsvp,
  idempotent: true,
});
