import type { AlumniEvent } from '@alumni-kit/contract';
import { availability, place } from '../src/event-list/event-card.ts';
import { eventTime } from '../src/event-list/event-time.ts';
import { eventListStrings } from '../src/event-list/strings.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (character) => ESCAPES[character] as string);

const t = eventListStrings.en;

/**
 * The list `<alumni-event-list lang="en">` renders for upcoming events, written by hand as one
 * string: the same elements, parts and text (from the element's own helpers), no framework.
 */
export function baselineMarkup(events: AlumniEvent[], timeZone: string): string {
  const cards = events.map((event) => {
    const id = escape(event.id);
    const time = eventTime(event, 'en', timeZone);
    const seats = availability(event, t);
    const own = time.own ? `<span part="own-time">${escape(t.eventTime(time.own))}</span>` : '';
    return `<li part="event" data-event-id="${id}">
      <article part="card" tabindex="-1" aria-labelledby="title-${id}">
        <h3 part="event-title" id="title-${id}">${escape(event.title)}</h3>
        <p part="badges">
          <span part="badge type-badge" data-type="${event.type}">${t.types[event.type]}</span>
          <span part="badge format-badge" data-format="${event.format}">${t.formats[event.format]}</span>
        </p>
        <p part="time"><time datetime="${escape(event.startsAt)}">${escape(time.viewer)}</time>${own}</p>
        <p part="location">${escape(place(event, t))}</p>
        <p part="availability ${seats.kind}">${escape(seats.text)}</p>
        <p part="summary">${escape(event.summary ?? event.description)}</p>
        <p>
          <button part="open-dialog" type="button" aria-haspopup="dialog" aria-describedby="title-${id}">
            ${t.open}
          </button>
        </p>
      </article>
    </li>`;
  });
  return `<div part="base" lang="en">
    <h2 part="title">${t.title}</h2>
    <p part="status" role="status">${escape(t.loaded(events.length))}</p>
    <ul part="list" role="list">${cards.join('')}</ul>
  </div>`;
}
