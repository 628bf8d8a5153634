import type { AlumniEvent, Rsvp } from '@alumni-kit/contract';

/** An RSVP and the event it answers. */
export interface RsvpDetail {
  rsvp: Rsvp;
  event: AlumniEvent;
}

/** Fired when the server accepted a reply; `detail.rsvp.status` is `confirmed` or `waitlisted`. */
export class AlumniRsvpSubmittedEvent extends CustomEvent<RsvpDetail> {
  constructor(detail: RsvpDetail) {
    super('alumni-rsvp-submitted', { detail, bubbles: true, composed: true });
  }
}

/** Fired when a reply was cancelled; `detail.rsvp` is the cancelled RSVP. */
export class AlumniRsvpCancelledEvent extends CustomEvent<RsvpDetail> {
  constructor(detail: RsvpDetail) {
    super('alumni-rsvp-cancelled', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'alumni-rsvp-submitted': AlumniRsvpSubmittedEvent;
    'alumni-rsvp-cancelled': AlumniRsvpCancelledEvent;
  }
}
