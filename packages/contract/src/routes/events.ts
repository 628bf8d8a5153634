import * as shapes from '../endpoint-shapes.ts';
import { defineRoute } from '../route.ts';
import { AlumniEvent, EventListQuery, EventPage, EventParams } from '../schemas/event.ts';
import { Rsvp, RsvpCancelRequest, RsvpParams, RsvpRequest } from '../schemas/rsvp.ts';

export const listEvents = defineRoute({
  ...shapes.listEvents,
  summary: 'List published events, newest first for past ones, soonest first for upcoming ones',
  tags: ['events'],
  query: EventListQuery,
  response: EventPage,
});

export const getEvent = defineRoute({
  ...shapes.getEvent,
  summary: 'One published event',
  tags: ['events'],
  params: EventParams,
  response: AlumniEvent,
});

export const getEventCalendar = defineRoute({
  ...shapes.getEventCalendar,
  summary: 'The event as an iCalendar file (RFC 5545)',
  tags: ['events'],
  params: EventParams,
});

export const createRsvp = defineRoute({
  ...shapes.createRsvp,
  summary: 'Reply to an event: confirmed while seats last, then waitlisted',
  tags: ['events'],
  params: EventParams,
  body: RsvpRequest,
  response: Rsvp,
});

export const cancelRsvp = defineRoute({
  ...shapes.cancelRsvp,
  summary: "Cancel an RSVP with its cancel token or the attendee's member token",
  tags: ['events'],
  params: RsvpParams,
  body: RsvpCancelRequest,
  response: Rsvp,
});
