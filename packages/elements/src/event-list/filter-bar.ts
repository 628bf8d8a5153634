import { EVENT_FORMATS, EVENT_TYPES, type EventFormat, type EventType } from '@alumni-kit/contract';
import { html, type TemplateResult } from 'lit';
import type { EventListStrings } from './strings.ts';

/** What the list shows; each is also an attribute of the element. */
export interface EventFilters {
  /** `''` for every type. */
  type: EventType | '';
  /** `''` for every format. */
  format: EventFormat | '';
  when: 'upcoming' | 'past';
}

const select = (
  name: keyof EventFilters,
  label: string,
  value: string,
  options: [value: string, text: string][],
  changed: (name: keyof EventFilters, value: string) => void,
) =>
  html`<label part="filter">
    <span part="filter-label">${label}</span>
    <select
      part="filter-input"
      name=${name}
      @change=${(event: Event) => changed(name, (event.currentTarget as HTMLSelectElement).value)}
    >
      ${options.map(
        ([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`,
      )}
    </select>
  </label>`;

/** Native selects with visible labels, one per filter; `changed` hears each choice. */
export function filterBar(
  filters: EventFilters,
  t: EventListStrings,
  changed: (name: keyof EventFilters, value: string) => void,
): TemplateResult {
  return html`<form
    part="filters"
    role="search"
    aria-label=${t.filters}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${select('type', t.typeLabel, filters.type, [['', t.all], ...EVENT_TYPES.map((type) => [type, t.types[type]] as [string, string])], changed)}
    ${select('format', t.formatLabel, filters.format, [['', t.all], ...EVENT_FORMATS.map((format) => [format, t.formats[format]] as [string, string])], changed)}
    ${select(
      'when',
      t.whenLabel,
      filters.when,
      [
        ['upcoming', t.when.upcoming],
        ['past', t.when.past],
      ],
      changed,
    )}
  </form>`;
}
