import { AlumniApiError, AlumniNetworkError, type BackendOf, type ClientOf } from '@alumni-kit/client';
import { EVENT_FORMATS, EVENT_TYPES, type AlumniEvent, type EventListQuery } from '@alumni-kit/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { elementClient } from '../config/element-client.ts';
import { resolveLocale } from '../i18n/resolve-locale.ts';
import { theme } from '../theme/theme.ts';
import { eventListEndpoints, type EventListRoutes } from './endpoints.ts';
import { cardListItems, cardListStyles } from './card-list.ts';
import { eventCard } from './event-card.ts';
import { filterBar, type EventFilters } from './filter-bar.ts';
import type { RsvpDialog } from './rsvp-dialog.ts';
import { eventListStrings, type EventListStrings } from './strings.ts';
import { eventListStyles } from './styles.ts';

export type { EventListRoutes };

/** Where the list is; also a CSS custom state: `alumni-event-list:state(empty)`. */
export type EventListState = 'loading' | 'ready' | 'empty' | 'error';

/** Changes to these load the list again from its first page. */
const RELOADING = [
  'type',
  'format',
  'when',
  'limit',
  'client',
  'backend',
  'apiBase',
  'publishableKey',
  'memberToken',
] as const;

const known = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((candidate) => candidate === value);

/**
 * The alumni network's published events, soonest first (or latest first for past ones): each
 * with its type and format, its time in the viewer's time zone (and in the event's own zone
 * when the clocks differ), its place or "Online", and the seats left, a waitlist or "Full".
 * Filters by type, format and upcoming or past; pages load with "Load more". Titles,
 * summaries and places are shown as text, never as HTML. Each card opens a dialog with the
 * event's details and a reply (RSVP): who is coming (or the member token's holder), their
 * needs, each policy's exact text to acknowledge, a talk to propose where speakers are
 * called for; then the answer (confirmed or waitlisted), the virtual link once confirmed,
 * calendar files and links, and cancelling.
 *
 * @summary A filterable list of the alumni network's events.
 * @tag alumni-event-list
 *
 * @attr {string} lang - `en` or `ja`; unset, the closest `lang` ancestor's, then `configure({ lang })`'s, then the browser's.
 *
 * @csspart base - The box around everything.
 * @csspart title - The heading.
 * @csspart filters - The filter bar (a search form).
 * @csspart filter - One filter: its label and list.
 * @csspart filter-label - A filter's label.
 * @csspart filter-input - A filter's native list.
 * @csspart status - The live region announcing loading and how many events are shown.
 * @csspart list - The list of events; also `list grid` in the grid layout.
 * @csspart event - One item of the list.
 * @csspart card - The card of one event.
 * @csspart event-title - An event's title.
 * @csspart badges - The box around an event's badges.
 * @csspart badge - A badge: `badge type-badge` (learning, volunteer, social, reunion) or `badge format-badge` (virtual, in-person, hybrid).
 * @csspart type-badge - The event type's badge.
 * @csspart format-badge - The event format's badge.
 * @csspart time - When the event happens, in the viewer's time zone.
 * @csspart own-time - When it happens in the event's own time zone, shown when the clocks differ.
 * @csspart location - Where it happens, or "Online".
 * @csspart availability - Seats left (`availability open`), `availability waitlist`, `availability full` or `availability cancelled`.
 * @csspart summary - The event's summary (or its description), as text.
 * @csspart placeholder - A card's stand-in while the first page loads.
 * @csspart empty - The message shown when no event matches.
 * @csspart message - The error message, with its retry button.
 * @csspart retry - The "Try again" button.
 * @csspart load-more - The "Load more" button.
 * @csspart open-dialog - A card's button that opens its details and reply.
 * @csspart dialog - The details-and-reply dialog (a modal `<dialog>`).
 * @csspart dialog-header - The dialog's title and close button.
 * @csspart dialog-title - The dialog's title: the event's.
 * @csspart close - The dialog's close button.
 * @csspart description - The event's full description, as text.
 * @csspart notice - Why no reply can be made (cancelled, over, full) or that the event's terms changed.
 * @csspart rsvp-form - The reply form.
 * @csspart field - The box of one field: label, hint, error and input.
 * @csspart label - A field's label or legend.
 * @csspart required - The "required" marker in a label.
 * @csspart hint - A field's help text.
 * @csspart error - A field's error message.
 * @csspart input - A text input or text area.
 * @csspart counter - A text area's characters left.
 * @csspart option - A checkbox with its label.
 * @csspart checkbox - A native checkbox.
 * @csspart error-summary - The list of problems shown at the top of the form after a submit.
 * @csspart error-summary-title - The heading of the error summary.
 * @csspart policies - The box around the event's policies.
 * @csspart policy - One policy: its title, exact text and acknowledgement.
 * @csspart policy-text - A policy's exact text (scrolls when long).
 * @csspart presentation - The talk proposal, for learning events calling for speakers.
 * @csspart submit - The reply's submit button ("Reply" or "Join the waitlist").
 * @csspart result - The answer: `result confirmed`, `result waitlisted` or `result cancelled`.
 * @csspart virtual-link - The link to join online, shown once the reply is confirmed.
 * @csspart calendar - The box of the calendar file and links.
 * @csspart calendar-download - The button that downloads the event's `.ics` file.
 * @csspart calendar-link - A link adding the event to Google Calendar or Outlook.com.
 * @csspart cancel - The button that cancels the reply.
 *
 * @cssprop --alumni-color-text - Text colour.
 * @cssprop --alumni-color-muted - Colour of hints and secondary text.
 * @cssprop --alumni-color-surface - Background of the box and the cards.
 * @cssprop --alumni-color-field - Background of the filters' lists.
 * @cssprop --alumni-color-border - Borders of the cards and lists.
 * @cssprop --alumni-color-accent - Buttons and badges.
 * @cssprop --alumni-color-on-accent - Text on the accent colour.
 * @cssprop --alumni-color-danger - Errors and "Full".
 * @cssprop --alumni-color-success - Seats left.
 * @cssprop --alumni-focus-ring-color - The focus outline.
 * @cssprop --alumni-focus-ring-width - The focus outline's width.
 * @cssprop --alumni-radius - Corner radius of the box, cards, lists and buttons.
 * @cssprop --alumni-spacing - The base spacing unit.
 * @cssprop --alumni-font-family - The font.
 * @cssprop --alumni-font-size - The base font size (px; rem would follow the host page's root size).
 *
 * @fires {AlumniRsvpSubmittedEvent} alumni-rsvp-submitted - The server accepted a reply; `detail` is `{ rsvp, event }` (`rsvp.status` `confirmed` or `waitlisted`).
 * @fires {AlumniRsvpCancelledEvent} alumni-rsvp-cancelled - A reply was cancelled; `detail` is `{ rsvp, event }`.
 */
export class AlumniEventList extends LitElement {
  static override styles = [theme, eventListStyles, cardListStyles];

  static override properties = {
    type: { reflect: true },
    format: { reflect: true },
    when: { reflect: true },
    limit: { type: Number },
    layout: { reflect: true },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    timeZone: { attribute: 'time-zone' },
    lang: { reflect: true },
    theme: { reflect: true },
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    memberToken: { attribute: 'member-token' },
    client: { attribute: false },
    backend: { attribute: false },
  };

  /** Only events of this type (`learning`, `volunteer`, `social`, `reunion`); unset or unknown, every type. */
  declare type: string | undefined;
  /** Only events of this format (`virtual`, `in-person`, `hybrid`); unset or unknown, every format. */
  declare format: string | undefined;
  /** `upcoming` (the default) or `past`. */
  declare when: string | undefined;
  /** Events per page, 1 to 100; unset, the server's default (20). */
  declare limit: number | undefined;
  /** `list` (the default): one event per row; `grid`: cards side by side where there is room. */
  declare layout: 'list' | 'grid';
  /** Leaves out the filter bar (the attributes still filter). */
  declare hideFilters: boolean;
  /** The IANA time zone to show times in, e.g. `Europe/London`; unset, the viewer's own. */
  declare timeZone: string | undefined;
  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Where the API lives, e.g. `https://alumni.example.com`. */
  declare apiBase: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** A member token signed by the host site: replies are made as that member, without asking for a name and e-mail. */
  declare memberToken: string | undefined;
  /** A client to call instead of one built from `api-base` and `publishable-key`. */
  declare client: ClientOf<EventListRoutes> | undefined;
  /** An in-process backend to call instead of HTTP (e.g. `createMemoryBackend()`). */
  declare backend: BackendOf<EventListRoutes> | undefined;

  // What the list has loaded; `load()` asks for a render when it changes them.
  private events: AlumniEvent[] = [];
  private nextCursor: string | null = null;
  private failure: unknown = undefined;
  private loading = false;

  private readonly internals = this.attachInternals();
  private request: AbortController | undefined;
  /**
   * Whether the running load was asked for by a button, which the new content replaces or
   * disables: once it is rendered, the focus moves to the first new event, or to "Try again".
   */
  private focusAfterLoad = false;
  private firstArrival: string | undefined;
  /** The details-and-reply dialog: its code (and the form kit) loads when an event is first opened. */
  private rsvp: RsvpDialog | undefined;
  private rsvpLoading: Promise<RsvpDialog> | undefined;
  private openFailed = false;

  constructor() {
    super();
    this.layout = 'list';
    this.hideFilters = false;
  }

  /** Where the list is (see `EventListState`). */
  get state(): EventListState {
    if (this.loading) return 'loading';
    if (this.failure !== undefined) return 'error';
    return this.events.length ? 'ready' : 'empty';
  }

  /** The filters in force: unknown values of the attributes count as unset. */
  private get filters(): EventFilters {
    return {
      type: known(EVENT_TYPES, this.type) ?? '',
      format: known(EVENT_FORMATS, this.format) ?? '',
      when: this.when === 'past' ? 'past' : 'upcoming',
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RELOADING.some((name) => changed.has(name))) void this.load(undefined);
  }

  protected override updated(): void {
    const { states } = this.internals;
    states.clear();
    states.add(this.state);
    if (this.focusAfterLoad && !this.loading) {
      const target =
        this.failure === undefined
          ? `[data-event-id="${CSS.escape(this.firstArrival ?? '')}"] > article`
          : '[part~="retry"]';
      this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
      this.focusAfterLoad = false;
    }
  }

  /** Loads the first page (`cursor` unset), replacing the list, or the page at `cursor`, appending it. */
  private async load(cursor: string | undefined, fromButton = false): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    this.loading = true;
    this.failure = undefined;
    this.focusAfterLoad = fromButton;
    if (!cursor) {
      this.events = [];
      this.nextCursor = null;
    }
    const { type, format, when } = this.filters;
    const query: EventListQuery = { when, ...(type && { type }), ...(format && { format }) };
    if (this.limit !== undefined) query.limit = Math.min(100, Math.max(1, Math.trunc(this.limit) || 1));
    if (cursor) query.cursor = cursor;
    this.requestUpdate();
    try {
      const page = await elementClient(eventListEndpoints, this, resolveLocale(this)).listEvents(
        { query },
        { signal: request.signal },
      );
      if (request.signal.aborted) return;
      const shown = new Set(this.events.map((event) => event.id));
      const fresh = page.items.filter((event) => !shown.has(event.id));
      this.events = [...this.events, ...fresh];
      this.nextCursor = page.nextCursor;
      this.firstArrival = fresh[0]?.id;
    } catch (error) {
      if (request.signal.aborted) return;
      this.failure = error;
    }
    this.loading = false;
    this.requestUpdate();
  }

  /** Loads one event again and puts it in place in the list (or takes it out once it is gone). */
  async refreshEvent(eventId: string): Promise<AlumniEvent | undefined> {
    let fresh: AlumniEvent | undefined;
    try {
      fresh = await elementClient(eventListEndpoints, this, resolveLocale(this)).getEvent({
        params: { eventId },
      });
    } catch (error) {
      if (!(error instanceof AlumniApiError && error.problem.code === 'not_found')) return undefined;
    }
    this.events = fresh
      ? this.events.map((event) => (event.id === eventId ? fresh : event))
      : this.events.filter((event) => event.id !== eventId);
    this.requestUpdate();
    return fresh;
  }

  private readonly filterChanged = (name: keyof EventFilters, value: string): void => {
    this[name] = value || undefined;
  };

  /** Starts loading the dialog's code when a pointer or the focus comes near an event. */
  private readonly prepareDialog = (): void => {
    this.loadDialog().catch(() => undefined);
  };

  private loadDialog(): Promise<RsvpDialog> {
    this.rsvpLoading ??= import('./rsvp-dialog.ts').then(
      ({ RsvpDialog }) => (this.rsvp = new RsvpDialog(this)),
      (error: unknown) => {
        this.rsvpLoading = undefined;
        throw error;
      },
    );
    return this.rsvpLoading;
  }

  private readonly open = async (event: AlumniEvent): Promise<void> => {
    try {
      const dialog = await this.loadDialog();
      this.openFailed = false;
      await dialog.open(event);
    } catch {
      // The dialog's code could not be fetched: the connection is down.
      this.openFailed = true;
      this.requestUpdate();
    }
  };

  private loadMore(): void {
    if (!this.loading && this.nextCursor) void this.load(this.nextCursor, true);
  }

  /** Repeats what failed: the first page when nothing is shown, else the next page. */
  private retry(): void {
    void this.load(this.events.length ? (this.nextCursor ?? undefined) : undefined, true);
  }

  protected override render() {
    const locale = resolveLocale(this);
    const t = eventListStrings[locale];
    const filters = this.filters;
    const past = filters.when === 'past';
    const openLabel = past ? t.openPast : t.open;
    return html`<div part="base" lang=${locale}>
      <h2 part="title">${t.title}</h2>
      ${this.hideFilters ? nothing : filterBar(filters, t, this.filterChanged)}
      <p part="status" role="status">${this.statusText(t)}</p>
      ${this.loading && !this.events.length ? this.renderPlaceholders() : nothing}
      ${
        this.events.length
          ? html`<ul
              part=${this.layout === 'grid' ? 'list grid' : 'list'}
              role="list"
              @pointerover=${this.prepareDialog}
              @focusin=${this.prepareDialog}
            >
              ${cardListItems(
                this.events,
                (event) =>
                  eventCard(event, { t, locale, timeZone: this.timeZone, past, openLabel, open: this.open }),
                [t, locale, this.timeZone, past, openLabel],
              )}
            </ul>`
          : nothing
      }
      ${
        this.state === 'empty'
          ? html`<div part="empty">
              <p>${past ? t.emptyPast : t.empty}</p>
              ${past ? nothing : html`<p>${t.emptyHint}</p>`}
            </div>`
          : nothing
      }
      ${this.failure === undefined ? nothing : this.renderError(t)}${this.rsvp?.render(locale, t) ?? nothing}
      ${
        this.nextCursor && this.failure === undefined
          ? html`<button
              part="load-more"
              type="button"
              aria-disabled=${this.loading ? 'true' : 'false'}
              @click=${this.loadMore}
            >
              ${t.loadMore}
            </button>`
          : nothing
      }
    </div>`;
  }

  private statusText(t: EventListStrings): string {
    if (this.openFailed) return t.openFailed;
    if (this.loading) return this.events.length ? t.loadingMore : t.loading;
    return this.events.length ? t.loaded(this.events.length) : '';
  }

  private renderPlaceholders() {
    return html`<ul part=${this.layout === 'grid' ? 'list grid' : 'list'} role="list" aria-hidden="true">
      ${[0, 1, 2].map(() => html`<li part="placeholder"><span></span><span></span><span></span></li>`)}
    </ul>`;
  }

  private renderError(t: EventListStrings) {
    return html`<div part="message" role="alert">
      <p>${this.failure instanceof AlumniNetworkError ? t.offline : t.error}</p>
      <button part="retry" type="button" @click=${this.retry}>${t.retry}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-event-list': AlumniEventList;
  }
}
