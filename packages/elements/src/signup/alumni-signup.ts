import type { BackendOf, ClientOf } from '@alumni-kit/client';
import {
  endpoints,
  type Locale,
  type SignupMode,
  type SignupRequest,
  type SignupResult,
} from '@alumni-kit/contract';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { memberTokenOf } from '../config/configure.ts';
import { elementClient } from '../config/element-client.ts';
import { CheckboxField } from '../form-kit/checkbox-field.ts';
import { CheckboxGroup } from '../form-kit/checkbox-group.ts';
import { errorSummary } from '../form-kit/error-summary.ts';
import { FormFlow } from '../form-kit/form-flow.ts';
import { applyValues, controlsOf, toBody } from '../form-kit/form-values.ts';
import { MonthField } from '../form-kit/month-field.ts';
import { refusalNotice, sendingMessage, submitButton } from '../form-kit/sending.ts';
import { sendingStyles } from '../form-kit/sending-styles.ts';
import { kitStrings } from '../form-kit/strings.ts';
import { formKitStyles } from '../form-kit/styles.ts';
import { TextField } from '../form-kit/text-field.ts';
import { resolveLocale } from '../i18n/resolve-locale.ts';
import { theme } from '../theme/theme.ts';
import { campaignSource, invitationToken } from './attribution.ts';
import { AlumniSignupFailedEvent, AlumniSignupSubmittedEvent } from './events.ts';
import { signupFields } from './fields.ts';
import { signupStrings, type SignupStrings } from './strings.ts';
import { signupStyles } from './styles.ts';

const signupEndpoints = { createSignup: endpoints.createSignup };

/** The routes the element calls. */
export type SignupRoutes = typeof signupEndpoints;

/** Where the form is; also a CSS custom state: `alumni-signup:state(success)`. */
export type SignupState =
  'idle' | 'invalid' | 'submitting' | 'success' | 'already-member' | 'server-error' | 'offline';

/**
 * A signup form for the alumni network. `mode="alumni"` asks former employees for a personal
 * e-mail, their last department and role, when they joined and left, a profile link and their
 * interests (including being open to returning); `mode="employee"` asks new hires and staff for
 * their work e-mail (filled in from the member token), a personal e-mail for after they leave,
 * and their interests. Validation follows the contract, in English or Japanese; values and the
 * pending submission survive a reload; a retry never creates a second member.
 *
 * @summary Join the alumni network: a signup form with benefits, consent and a thank-you.
 * @tag alumni-signup
 *
 * @attr {string} lang - `en` or `ja`; unset, the closest `lang` ancestor's, then `configure({ lang })`'s, then the browser's.
 *
 * @slot benefits - Why to join; replaces the default list.
 * @slot success - The thank-you shown after a successful signup; replaces the default message.
 *
 * @csspart base - The card around everything.
 * @csspart title - The heading.
 * @csspart intro - The paragraph under the heading.
 * @csspart benefits - The box around the benefits heading and list.
 * @csspart form - The form.
 * @csspart field - The box of one field: label, hint, error and input.
 * @csspart group - A field of several inputs (a fieldset).
 * @csspart label - A field's label or legend.
 * @csspart required - The "required" marker in a label.
 * @csspart hint - A field's help text.
 * @csspart error - A field's error message.
 * @csspart input - A text input, a list, or a month's parts.
 * @csspart parts - The box around a month's month and year.
 * @csspart option - One checkbox with its label.
 * @csspart checkbox - A native checkbox.
 * @csspart error-summary - The list of problems shown at the top after a submit.
 * @csspart error-summary-title - The heading of the error summary.
 * @csspart message - The message after sending: `message notice` (already a member) or `message alert` (server error, offline).
 * @csspart submit - The submit button.
 * @csspart success - The box around the thank-you.
 *
 * @cssprop --alumni-color-text - Text colour.
 * @cssprop --alumni-color-muted - Colour of hints and secondary text.
 * @cssprop --alumni-color-surface - Background of the card.
 * @cssprop --alumni-color-field - Background of inputs.
 * @cssprop --alumni-color-border - Border of inputs.
 * @cssprop --alumni-color-accent - Buttons, links, chosen options.
 * @cssprop --alumni-color-on-accent - Text on the accent colour.
 * @cssprop --alumni-color-danger - Errors.
 * @cssprop --alumni-color-success - The thank-you's mark.
 * @cssprop --alumni-focus-ring-color - The focus outline.
 * @cssprop --alumni-focus-ring-width - The focus outline's width.
 * @cssprop --alumni-radius - Corner radius of the card, inputs and buttons.
 * @cssprop --alumni-spacing - The base spacing unit.
 * @cssprop --alumni-font-family - The font.
 * @cssprop --alumni-font-size - The base font size (px; rem would follow the host page's root size).
 *
 * @fires {AlumniSignupSubmittedEvent} alumni-signup-submitted - The server accepted the signup; `detail` is its answer (`{ member, invitationAccepted }`).
 * @fires {AlumniSignupFailedEvent} alumni-signup-failed - A sent signup did not succeed; `detail` is `{ error, problem }` (`problem.code` `already_member` for a known address).
 */
export class AlumniSignup extends LitElement {
  /** @internal The form-kit controls the template uses, registered along with the element. */
  static dependencies = {
    'alumni-text-field': TextField,
    'alumni-month-field': MonthField,
    'alumni-checkbox-group': CheckboxGroup,
    'alumni-checkbox-field': CheckboxField,
  };

  static override styles = [theme, formKitStyles, sendingStyles, signupStyles];

  static override properties = {
    mode: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    memberToken: { attribute: 'member-token' },
    privacyUrl: { attribute: 'privacy-url' },
    privacyVersion: { attribute: 'privacy-version' },
    invitation: {},
    source: {},
    client: { attribute: false },
    backend: { attribute: false },
  };

  /** `alumni` for former employees, `employee` for new hires and staff (onboarding). */
  declare mode: SignupMode;
  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Where the API lives, e.g. `https://alumni.example.com`. */
  declare apiBase: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** A member token signed by the host site; in `employee` mode it fills in the name and work e-mail. */
  declare memberToken: string | undefined;
  /** The privacy policy the consent links to. */
  declare privacyUrl: string | undefined;
  /** The version of that policy, sent with the consent (e.g. `2026-04`). */
  declare privacyVersion: string | undefined;
  /** An invitation token to accept; by default the page URL's `?invite=`. */
  declare invitation: string | undefined;
  /** Campaign source; by default the page URL's `utm_*` parameters. */
  declare source: string | undefined;
  /** A client to call instead of one built from `api-base` and `publishable-key`. */
  declare client: ClientOf<SignupRoutes> | undefined;
  /** An in-process backend to call instead of HTTP (e.g. `createMemoryBackend()`). */
  declare backend: BackendOf<SignupRoutes> | undefined;

  private readonly internals = this.attachInternals();

  private readonly flow = new FormFlow(this, {
    rules: () => import('./rules.ts'),
    bestEffort: ['invitationToken', 'source'],
    body: (values, fillTimeMs) => this.body(values, fillTimeMs),
    send: ({ body, idempotencyKey }, locale) =>
      elementClient(signupEndpoints, this, locale).createSignup(
        { body: body as SignupRequest },
        { idempotencyKey },
      ),
    succeeded: async (result: SignupResult) => {
      this.dispatchEvent(new AlumniSignupSubmittedEvent(result));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="success"]')?.focus();
    },
    failed: (error, problem) => this.dispatchEvent(new AlumniSignupFailedEvent({ error, problem })),
  });

  constructor() {
    super();
    this.mode = 'alumni';
  }

  /** Where the form is: `idle`, `invalid`, `submitting`, `success`, `already-member`, `server-error` or `offline`. */
  get state(): SignupState {
    const { state, problem } = this.flow;
    if (state === 'rejected') return problem?.code === 'already_member' ? 'already-member' : 'server-error';
    return state === 'failed' ? 'server-error' : state;
  }

  private get form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  private body(values: Record<string, unknown>, fillTimeMs: number): unknown {
    const { 'consent.accepted': accepted, ...fields } = values;
    const params = new URLSearchParams(location.search);
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#website')?.value;
    return {
      ...toBody(fields),
      mode: this.mode,
      consent: { accepted, privacyPolicyVersion: this.privacyVersion },
      invitationToken: invitationToken(this.invitation, params),
      source: campaignSource(this.source, params),
      antiSpam: { fillTimeMs, ...(honeypot && { honeypot }) },
    };
  }

  /** Fills the empty fields the member token knows about (employee mode: name and work e-mail). */
  private async prefill(form: HTMLFormElement): Promise<void> {
    const token = memberTokenOf(this);
    if (this.mode !== 'employee' || !token) return;
    const { readMemberTokenClaims } = await this.flow.loadRules();
    const claims = readMemberTokenClaims(token);
    if (!claims) return;
    const empty = controlsOf(form).filter((control) => control.value === '');
    applyValues(empty, { name: claims.name, workEmail: claims.email });
  }

  protected override firstUpdated(): void {
    if (this.form) this.flow.restore(this.form);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { states } = this.internals;
    states.clear();
    states.add(this.state);
    if (this.form && (changed.has('mode') || changed.has('memberToken'))) void this.prefill(this.form);
  }

  protected override render() {
    const locale = resolveLocale(this);
    const t = signupStrings[locale];
    const state = this.state;
    return html`<div part="base" lang=${locale}>
      ${state === 'success' ? this.renderSuccess(t, locale) : this.renderForm(t, locale, state)}
    </div>`;
  }

  private renderSuccess(t: SignupStrings, locale: Locale): TemplateResult {
    const { member } = this.flow.result as SignupResult;
    const since = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(member.createdAt));
    return html`<div part="success" tabindex="-1">
      <slot name="success">
        <h2 part="title">${t.welcome(member.name)}</h2>
        <p>${t.welcomeBody}</p>
        <p>${t.memberSince(since)}</p>
      </slot>
    </div>`;
  }

  private renderForm(t: SignupStrings, locale: Locale, state: SignupState): TemplateResult {
    const message =
      state === 'already-member'
        ? refusalNotice(t.alreadyMemberTitle, t.alreadyMember)
        : sendingMessage(t, state);

    return html`<h2 part="title" id="title">${t.title}</h2>
      <p part="intro">${t.intro[this.mode]}</p>
      <div part="benefits">
        <h3>${t.benefitsTitle}</h3>
        <slot name="benefits"
          ><ul>
            ${t.benefits.map((benefit) => html`<li>${benefit}</li>`)}
          </ul></slot
        >
      </div>
      <div role="status">
        ${state === 'invalid' ? errorSummary(kitStrings[locale].summaryTitle, this.flow.summary) : nothing}
      </div>
      <form
        part="form"
        novalidate
        aria-labelledby="title"
        @focusin=${this.flow.prepare}
        @input=${this.flow.inputListener(locale)}
        @submit=${this.flow.submitListener(locale)}
      >
        ${signupFields({
          t,
          locale,
          mode: this.mode,
          privacyUrl: this.privacyUrl,
        })}
        <div class="visually-hidden" inert>
          <label for="website">${t.honeypot}</label><input id="website" autocomplete="off" />
        </div>
        <div role="status">${message}</div>
        ${submitButton(t, state)}
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-signup': AlumniSignup;
  }
}
