import type { AlumniEvent, Rsvp } from '@alumni-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.ts';
import type { RsvpStrings } from './rsvp-strings.ts';

/** Where cancelling stands: not asked, under way, failed (try again) or done. */
export type CancelState = 'idle' | 'cancelling' | 'failed' | 'done';

export interface RsvpResultContext {
  rsvp: Rsvp;
  event: AlumniEvent;
  t: RsvpStrings;
  /** The page vouches for the person with a member token, which may cancel without the cancel token. */
  member: boolean;
  cancelState: CancelState;
  calendarFailed: boolean;
  cancel(): void;
  downloadCalendar(): void;
}

/** The link only if it is http(s): the answer is not checked against the contract in the browser. */
const httpOnly = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

const newTab = (href: string, text: string, t: RsvpStrings, part: string) =>
  html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
    >${text} <span class="visually-hidden">${t.newWindow}</span></a
  >`;

function calendar({ rsvp, event, t, calendarFailed, downloadCalendar }: RsvpResultContext) {
  const details = { details: httpOnly(rsvp.virtualUrl) ?? location.href };
  return html`<div part="calendar">
    <h4>${t.addToCalendar}</h4>
    <button part="calendar-download" type="button" @click=${downloadCalendar}>${t.downloadIcs}</button>
    ${newTab(googleCalendarUrl(event, details), t.google, t, 'calendar-link')}
    ${newTab(outlookCalendarUrl(event, details), t.outlook, t, 'calendar-link')}
    ${calendarFailed ? html`<p part="message alert" role="alert">${t.calendarFailed}</p>` : nothing}
  </div>`;
}

/**
 * The answer to a reply: confirmed (with the virtual link, which only a confirmed attendee
 * gets, and the calendar) or waitlisted, and the button that cancels it; then, once cancelled,
 * what that means.
 */
export function rsvpResult(context: RsvpResultContext): TemplateResult {
  const { rsvp, t, member, cancelState, cancel } = context;
  if (cancelState === 'done') {
    return html`<div part="result cancelled" tabindex="-1">
      <h3>${t.cancelled}</h3>
      <p>${t.cancelledBody}</p>
    </div>`;
  }
  const confirmed = rsvp.status === 'confirmed';
  const virtualUrl = confirmed ? httpOnly(rsvp.virtualUrl) : undefined;
  // A repeated reply comes back without its cancel token: it was given the first time only.
  const repeated = !rsvp.cancelToken;
  return html`<div part="result ${rsvp.status}" tabindex="-1">
    <h3>${confirmed ? t.confirmed : t.waitlisted}</h3>
    ${repeated ? html`<p>${t.alreadyReplied}</p>` : nothing}
    <p>${confirmed ? t.confirmedBody : t.waitlistedBody(rsvp.waitlistPosition)}</p>
    ${virtualUrl ? html`<p>${newTab(virtualUrl, t.joinOnline, t, 'virtual-link')}</p>` : nothing}
    ${confirmed ? calendar(context) : nothing}
    ${
      repeated && !member
        ? nothing
        : html`<button
            part="cancel"
            type="button"
            aria-disabled=${cancelState === 'cancelling' ? 'true' : 'false'}
            @click=${cancel}
          >
            ${cancelState === 'cancelling' ? t.cancelling : t.cancel}
          </button>`
    }
    <div role="status">
      ${cancelState === 'failed' ? html`<p part="message alert">${t.cancelFailed}</p>` : nothing}
    </div>
  </div>`;
}
