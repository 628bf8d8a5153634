import { endpoints } from '@alumni-kit/contract';

/** The endpoints `<alumni-event-list>` calls. */
export const eventListEndpoints = {
  listEvents: endpoints.listEvents,
  getEvent: endpoints.getEvent,
  getEventCalendar: endpoints.getEventCalendar,
  createRsvp: endpoints.createRsvp,
  cancelRsvp: endpoints.cancelRsvp,
};

export type EventListRoutes = typeof eventListEndpoints;
