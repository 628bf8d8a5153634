import type { AlumniEvent, Locale } from '@alumni-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { eventTime } from './event-time.ts';
import type { EventListStrings } from './strings.ts';

/** Where the event happens, as one line of text. */
export function place(event: AlumniEvent, t: EventListStrings): string {
  const { location } = event;
  if (!location || event.format === 'virtual') return t.online;
  const named = [location.name, location.city].filter(Boolean).join(', ');
  return event.format === 'hybrid' ? t.andOnline(named) : named;
}

/** Seats left, a waitlist, full or cancelled; `availability` names its kind for styling. */
export function availability(event: AlumniEvent, t: EventListStrings): { kind: string; text: string } {
  if (event.status === 'cancelled') return { kind: 'cancelled', text: t.cancelled };
  if (event.seatsLeft === null) return { kind: 'open', text: t.noSeatLimit };
  if (event.seatsLeft > 0) return { kind: 'open', text: t.seatsLeft(event.seatsLeft) };
  return event.waitlist.enabled ? { kind: 'waitlist', text: t.waitlist } : { kind: 'full', text: t.full };
}

/** The event's type and format. */
export const badges = (event: AlumniEvent, t: EventListStrings): TemplateResult =>
  html`<p part="badges">
    <span part="badge type-badge" data-type=${event.type}>${t.types[event.type]}</span>
    <span part="badge format-badge" data-format=${event.format}>${t.formats[event.format]}</span>
  </p>`;

/** When it happens in the viewer's zone, and in the event's own when the clocks differ. */
export function when(event: AlumniEvent, locale: Locale, timeZone: string | undefined, t: EventListStrings) {
  const time = eventTime(event, locale, timeZone);
  return html`<p part="time">
    <time datetime=${event.startsAt}>${time.viewer}</time>
    ${time.own ? html`<span part="own-time">${t.eventTime(time.own)}</span>` : nothing}
  </p>`;
}

interface CardOptions {
  t: EventListStrings;
  locale: Locale;
  timeZone: string | undefined;
  /** Past events take no replies: their seats are not shown. */
  past: boolean;
  /** The label of the button that opens the event's details and reply. */
  openLabel: string;
  open(event: AlumniEvent): void;
}

/** One event as a card: every value is bound as text, never parsed as HTML. */
export function eventCard(event: AlumniEvent, options: CardOptions): TemplateResult {
  const { t, locale, timeZone, past } = options;
  const seats = availability(event, t);
  return html`<li part="event" data-event-id=${event.id}>
    <article part="card" tabindex="-1" aria-labelledby="title-${event.id}">
      <h3 part="event-title" id="title-${event.id}">${event.title}</h3>
      ${badges(event, t)} ${when(event, locale, timeZone, t)}
      <p part="location">${place(event, t)}</p>
      ${
        past && seats.kind !== 'cancelled'
          ? nothing
          : html`<p part="availability ${seats.kind}">${seats.text}</p>`
      }
      <p part="summary">${event.summary ?? event.description}</p>
      <p>
        <button
          part="open-dialog"
          type="button"
          aria-haspopup="dialog"
          aria-describedby="title-${event.id}"
          @click=${() => options.open(event)}
        >
          ${options.openLabel}
        </button>
      </p>
    </article>
  </li>`;
}
