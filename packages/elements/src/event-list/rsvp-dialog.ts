import { createIdempotencyKey } from '@alumni-kit/client';
import type { AlumniEvent, Locale, Problem, Rsvp, RsvpRequest } from '@alumni-kit/contract';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { elementClient, type ClientSettings } from '../config/element-client.ts';
import { memberTokenOf } from '../config/configure.ts';
import { errorSummary } from '../form-kit/error-summary.ts';
import { CheckboxField } from '../form-kit/checkbox-field.ts';
import { FormFlow } from '../form-kit/form-flow.ts';
import { sendingMessage, submitButton } from '../form-kit/sending.ts';
import { sendingStyles } from '../form-kit/sending-styles.ts';
import { kitStrings } from '../form-kit/strings.ts';
import { formKitStyles } from '../form-kit/styles.ts';
import { TextareaField } from '../form-kit/textarea-field.ts';
import { TextField } from '../form-kit/text-field.ts';
import { register } from '../registry/register.ts';
import { resolveLocale } from '../i18n/resolve-locale.ts';
import { calendarFileName, saveCalendarFile } from './calendar-links.ts';
import { availability, badges, place, when } from './event-card.ts';
import { eventListEndpoints, type EventListRoutes } from './endpoints.ts';
import { rsvpBody, rsvpFields } from './rsvp-form.ts';
import { AlumniRsvpCancelledEvent, AlumniRsvpSubmittedEvent } from './rsvp-events.ts';
import { rsvpResult, type CancelState } from './rsvp-result.ts';
import { rsvpStrings, type RsvpStrings } from './rsvp-strings.ts';
import { rsvpStyles } from './rsvp-styles.ts';
import type { EventListStrings } from './strings.ts';

/** The element the dialog lives in: it reaches the API and keeps the list's copy of each event. */
export interface RsvpHost extends LitElement, ClientSettings<EventListRoutes> {
  timeZone: string | undefined;
  /** Loads the event again and puts it in the list; `undefined` once it is gone. */
  refreshEvent(eventId: string): Promise<AlumniEvent | undefined>;
}

/** Problems that mean the event changed since the list loaded: the dialog says so and shows it afresh. */
const CHANGED = ['event_full', 'event_unavailable', 'policy_not_acknowledged'] as const;
type Change = (typeof CHANGED)[number];

const changeOf = (problem: Problem | undefined): Change | undefined =>
  CHANGED.find((code) => code === problem?.code);

/**
 * An event's details and the reply to it, in a modal `<dialog>` (focus moves in, Escape
 * closes, focus returns to the button that opened it): the form, then the answer with the
 * virtual link, the calendar and cancelling. One `FormFlow` per opening: validation with the
 * contract's rules loaded on first use, one idempotency key per reply, a draft per event.
 */
export class RsvpDialog {
  private readonly host: RsvpHost;
  private event: AlumniEvent | undefined;
  private flow: FormFlow<Rsvp> | undefined;
  private change: Change | undefined;
  private cancelState: CancelState = 'idle';
  private cancelKey: string | undefined;
  private calendarFailed = false;

  /** Defines the form controls the reply uses and adds the dialog's styles to the host's shadow root. */
  constructor(host: RsvpHost) {
    this.host = host;
    register('alumni-text-field', TextField);
    register('alumni-textarea-field', TextareaField);
    register('alumni-checkbox-field', CheckboxField);
    const root = host.shadowRoot as ShadowRoot;
    const sheets = [formKitStyles, sendingStyles, rsvpStyles].map(
      (styles) => styles.styleSheet as CSSStyleSheet,
    );
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog');
  }

  private get member(): boolean {
    return Boolean(memberTokenOf(this.host));
  }

  private client(locale: Locale) {
    return elementClient(eventListEndpoints, this.host, locale);
  }

  async open(event: AlumniEvent): Promise<void> {
    this.event = event;
    this.change = undefined;
    this.cancelState = 'idle';
    this.cancelKey = undefined;
    this.calendarFailed = false;
    this.flow = new FormFlow<Rsvp>(this.host, {
      rules: async () => (await import('./rsvp-rules.ts')).rsvpRules(() => this.event?.policies ?? []),
      draftScope: event.id,
      body: (values, fillTimeMs) => rsvpBody(this.event ?? event, values, fillTimeMs),
      send: ({ body, idempotencyKey }, locale) =>
        this.client(locale).createRsvp(
          { params: { eventId: event.id }, body: body as RsvpRequest },
          { idempotencyKey },
        ),
      succeeded: (rsvp) => this.replied(rsvp),
      failed: (_error, problem) => this.refused(problem),
    });
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog?.showModal();
    const form = this.host.shadowRoot?.querySelector<HTMLFormElement>('form[part~="rsvp-form"]');
    if (form) this.flow.restore(form);
  }

  private async replied(rsvp: Rsvp): Promise<void> {
    const event = this.event as AlumniEvent;
    this.host.dispatchEvent(new AlumniRsvpSubmittedEvent({ rsvp, event }));
    await this.focusResult();
    await this.refresh(event.id);
  }

  /** Shows the event as the server has it now (seats taken, a new policy version, cancelled). */
  private async refresh(eventId: string): Promise<void> {
    this.event = (await this.host.refreshEvent(eventId)) ?? this.event;
    this.host.requestUpdate();
  }

  private async refused(problem: Problem | undefined): Promise<void> {
    const change = changeOf(problem);
    if (!change || !this.event) return;
    this.change = change;
    await this.refresh(this.event.id);
    if (problem && change === 'policy_not_acknowledged') await this.markChangedPolicies(problem);
  }

  /**
   * A changed policy gets a new checkbox (keyed by version): the refusal's errors, the summary's
   * links and the focus, which all went with the old checkboxes, move to the new ones.
   */
  private async markChangedPolicies(problem: Problem): Promise<void> {
    await this.host.updateComplete;
    const form = this.host.shadowRoot?.querySelector<HTMLFormElement>('form[part~="rsvp-form"]');
    if (form) await this.flow?.showFieldErrors(form, problem.errors);
  }

  private readonly cancel = async (): Promise<void> => {
    const rsvp = this.flow?.result;
    if (!rsvp || this.cancelState === 'cancelling') return;
    this.cancelKey ??= createIdempotencyKey();
    this.setCancelState('cancelling');
    try {
      const cancelled = await this.client(this.locale).cancelRsvp(
        { params: { rsvpId: rsvp.id }, body: rsvp.cancelToken ? { cancelToken: rsvp.cancelToken } : {} },
        { idempotencyKey: this.cancelKey },
      );
      this.setCancelState('done');
      this.host.dispatchEvent(
        new AlumniRsvpCancelledEvent({ rsvp: cancelled, event: this.event as AlumniEvent }),
      );
      await this.focusResult();
      await this.refresh(rsvp.eventId);
    } catch {
      this.setCancelState('failed');
    }
  };

  private readonly downloadCalendar = async (): Promise<void> => {
    const event = this.event as AlumniEvent;
    try {
      const text = await this.client(this.locale).getEventCalendar({ params: { eventId: event.id } });
      this.calendarFailed = false;
      saveCalendarFile(text, calendarFileName(event));
    } catch {
      this.calendarFailed = true;
    }
    this.host.requestUpdate();
  };

  private get locale(): Locale {
    return resolveLocale(this.host);
  }

  private setCancelState(state: CancelState): void {
    this.cancelState = state;
    this.host.requestUpdate();
  }

  private async focusResult(): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="result"]')?.focus();
  }

  private readonly closed = (): void => {
    // `close` comes a task after `close()`: by then the dialog may be open again, on another event.
    if (this.dialog?.open) return;
    const id = this.event?.id;
    this.event = undefined;
    this.flow = undefined;
    this.host.requestUpdate();
    // The browser gives focus back to the opener; if the list re-rendered it, find it again.
    void this.host.updateComplete.then(() => {
      if (this.host.shadowRoot?.activeElement || !id) return;
      this.host.shadowRoot
        ?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"] [part~="open-dialog"]`)
        ?.focus();
    });
  };

  render(locale: Locale, listStrings: EventListStrings): TemplateResult | typeof nothing {
    const { event, flow } = this;
    if (!event || !flow) return nothing;
    const t = rsvpStrings[locale];
    const seats = availability(event, listStrings);
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.closed}>
      <div part="dialog-header">
        <h2 part="dialog-title" id="dialog-title" tabindex="-1" autofocus>${event.title}</h2>
        <button part="close" type="button" @click=${() => this.dialog?.close()}>${t.close}</button>
      </div>
      ${badges(event, listStrings)} ${when(event, locale, this.host.timeZone, listStrings)}
      <p part="location">
        ${place(event, listStrings)}${event.location?.address ? html`<br />${event.location.address}` : nothing}
      </p>
      <p part="availability ${seats.kind}">${seats.text}</p>
      <p part="description">${event.description}</p>
      ${this.renderReply(event, flow, t, locale)}
    </dialog>`;
  }

  private renderReply(event: AlumniEvent, flow: FormFlow<Rsvp>, t: RsvpStrings, locale: Locale) {
    if (flow.state === 'success' && flow.result) {
      return rsvpResult({
        rsvp: flow.result,
        event,
        t,
        member: this.member,
        cancelState: this.cancelState,
        calendarFailed: this.calendarFailed,
        cancel: this.cancel,
        downloadCalendar: this.downloadCalendar,
      });
    }
    if (event.status === 'cancelled') return html`<p part="notice">${t.cancelledEvent}</p>`;
    if (new Date(event.endsAt) < new Date()) return html`<p part="notice">${t.pastEvent}</p>`;
    if (event.seatsLeft === 0 && !event.waitlist.enabled && !this.change) {
      return html`<p part="notice">${t.fullNoWaitlist}</p>`;
    }
    if (this.change === 'event_full' || this.change === 'event_unavailable') {
      return html`<p part="notice" role="alert">${this.change === 'event_full' ? t.full : t.unavailable}</p>`;
    }
    return this.renderForm(event, flow, t, locale);
  }

  private renderForm(event: AlumniEvent, flow: FormFlow<Rsvp>, t: RsvpStrings, locale: Locale) {
    // The flow's `failed` is what the form elements call `server-error`.
    const state = flow.state === 'failed' ? 'server-error' : flow.state;
    const waitlist = event.seatsLeft === 0 && event.waitlist.enabled;
    const message =
      state === 'rejected'
        ? html`<p part="message alert">${t.refused} ${flow.problem?.detail ?? ''}</p>`
        : sendingMessage(t, state);
    return html`<h3 id="rsvp-title">${t.formTitle}</h3>
      ${this.change === 'policy_not_acknowledged' ? html`<p part="notice" role="alert">${t.policyChanged}</p>` : nothing}
      <div role="status">
        ${state === 'invalid' ? errorSummary(kitStrings[locale].summaryTitle, flow.summary) : nothing}
      </div>
      <form
        part="rsvp-form"
        novalidate
        aria-labelledby="rsvp-title"
        @focusin=${flow.prepare}
        @input=${flow.inputListener(locale)}
        @submit=${flow.submitListener(locale)}
      >
        ${rsvpFields({ event, t, locale, member: this.member })}
        <div role="status">${message}</div>
        ${submitButton(t, state, waitlist ? t.joinWaitlist : t.submit)}
      </form>`;
  }
}
