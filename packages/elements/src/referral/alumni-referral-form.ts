import type { BackendOf, ClientOf } from '@alumni-kit/client';
import {
  endpoints,
  type Locale,
  type OpenRole,
  type Referral,
  type ReferralRequest,
} from '@alumni-kit/contract';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { memberTokenOf } from '../config/configure.ts';
import { elementClient } from '../config/element-client.ts';
import { CheckboxField } from '../form-kit/checkbox-field.ts';
import { errorSummary } from '../form-kit/error-summary.ts';
import { FormFlow } from '../form-kit/form-flow.ts';
import { RadioGroup } from '../form-kit/radio-group.ts';
import { SelectField } from '../form-kit/select-field.ts';
import { refusalNotice, sendingMessage, submitButton } from '../form-kit/sending.ts';
import { sendingStyles } from '../form-kit/sending-styles.ts';
import { kitStrings } from '../form-kit/strings.ts';
import { formKitStyles } from '../form-kit/styles.ts';
import { TextField } from '../form-kit/text-field.ts';
import { TextareaField } from '../form-kit/textarea-field.ts';
import { resolveLocale } from '../i18n/resolve-locale.ts';
import { theme } from '../theme/theme.ts';
import { AlumniReferralFailedEvent, AlumniReferralSubmittedEvent } from './events.ts';
import { referralBody, referralFields } from './fields.ts';
import { RolePicker, type RolesStatus } from './role-picker.ts';
import { referralStrings, type ReferralStrings } from './strings.ts';
import { referralStyles } from './styles.ts';

const referralEndpoints = { listRoles: endpoints.listRoles, createReferral: endpoints.createReferral };

/** The routes the element calls. */
export type ReferralRoutes = typeof referralEndpoints;

/**
 * Where the form is; also a CSS custom state: `alumni-referral-form:state(duplicate)`. Before
 * anything is sent, `loading-roles` and `roles-failed` tell how the open roles came.
 */
export type ReferralState =
  | 'loading-roles'
  | 'roles-failed'
  | 'idle'
  | 'invalid'
  | 'submitting'
  | 'success'
  | 'duplicate'
  | 'server-error'
  | 'offline';

/** The state before anything is sent: how the open roles came. */
const BEFORE_SENDING: Record<RolesStatus, ReferralState> = {
  loading: 'loading-roles',
  failed: 'roles-failed',
  ready: 'idle',
};

/** Changes to these load the open roles again. */
const RELOADING = ['client', 'backend', 'apiBase', 'publishableKey'] as const;

/**
 * A form to refer a candidate: for one of the backend's open roles (searchable, with a general
 * referral for no particular role) or for the role the page gives (`role-id`). It asks for the
 * candidate's name, e-mail and profile link, how the referrer knows them and for how long, a
 * note, and the referrer's confirmation that the candidate agreed to be referred, linking the
 * notice the candidate will get (`privacy-url`). The referrer is the member-token's holder, or
 * gives a name and e-mail. The candidate's details belong to someone else: their draft stays in
 * sessionStorage (cleared on success, dropped after a day), never in localStorage, and nothing of
 * them is logged. A retry never refers twice; the same candidate for the same role is a friendly
 * note, not an error.
 *
 * @summary Refer a candidate for an open role, with their agreement.
 * @tag alumni-referral-form
 *
 * @attr {string} lang - `en` or `ja`; unset, the closest `lang` ancestor's, then `configure({ lang })`'s, then the browser's.
 *
 * @slot success - The thank-you shown after a successful referral; replaces the default message and its next steps.
 *
 * @csspart base - The card around everything.
 * @csspart title - The heading.
 * @csspart intro - The paragraph under the heading.
 * @csspart form - The form.
 * @csspart heading - The heading of each part of the form: about you, the role, the person referred.
 * @csspart preset-role - The role the page gave (`role-id`), in place of the role picker.
 * @csspart notice - The note that the page's role is no longer open.
 * @csspart field - The box of one field: label, hint, error and input.
 * @csspart group - A field of several inputs (a fieldset).
 * @csspart label - A field's label or legend.
 * @csspart required - The "required" marker in a label.
 * @csspart hint - A field's help text.
 * @csspart error - A field's error message.
 * @csspart input - A text input, the role search box, a list or the note.
 * @csspart counter - The note's characters left.
 * @csspart search - The box around the role search box and its label.
 * @csspart search-label - The role search box's label.
 * @csspart status - The live region of the role picker: loading, how many roles are shown, or that they could not be loaded.
 * @csspart retry - The button that loads the roles again after a failure.
 * @csspart options - A list of radios: the roles, or how long the referrer has known the candidate.
 * @csspart option - One radio or checkbox with its label.
 * @csspart radio - A native radio.
 * @csspart role-title - A role's title.
 * @csspart role-details - A role's department, location and whether it can be remote.
 * @csspart checkbox - The native checkbox of the candidate's agreement.
 * @csspart error-summary - The list of problems shown at the top after a submit.
 * @csspart error-summary-title - The heading of the error summary.
 * @csspart message - The message after sending: `message notice` (already referred) or `message alert` (server error, offline).
 * @csspart submit - The submit button.
 * @csspart success - The box around the thank-you.
 *
 * @cssprop --alumni-color-text - Text colour.
 * @cssprop --alumni-color-muted - Colour of hints and secondary text.
 * @cssprop --alumni-color-surface - Background of the card.
 * @cssprop --alumni-color-field - Background of inputs.
 * @cssprop --alumni-color-border - Border of inputs.
 * @cssprop --alumni-color-accent - Buttons, links, notes.
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
 * @fires {AlumniReferralSubmittedEvent} alumni-referral-submitted - The server accepted the referral; `detail` is its answer, the `Referral` (`{ id, roleId, status, candidateNotified, createdAt }`).
 * @fires {AlumniReferralFailedEvent} alumni-referral-failed - A sent referral did not succeed; `detail` is `{ error, problem }` (`problem.code` `duplicate_referral` for a candidate already referred for the role).
 */
export class AlumniReferralForm extends LitElement {
  /** @internal The form-kit controls the template uses, registered along with the element. */
  static dependencies = {
    'alumni-text-field': TextField,
    'alumni-textarea-field': TextareaField,
    'alumni-select-field': SelectField,
    'alumni-radio-group': RadioGroup,
    'alumni-checkbox-field': CheckboxField,
    'alumni-role-picker': RolePicker,
  };

  static override styles = [theme, formKitStyles, sendingStyles, referralStyles];

  static override properties = {
    roleId: { attribute: 'role-id', reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    memberToken: { attribute: 'member-token' },
    privacyUrl: { attribute: 'privacy-url' },
    client: { attribute: false },
    backend: { attribute: false },
  };

  /**
   * The id of the open role this page is about; unset, the person picks a role or a general
   * referral. (Not `role`: that is the ARIA attribute every element has.)
   */
  declare roleId: string | undefined;
  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Where the API lives, e.g. `https://alumni.example.com`. */
  declare apiBase: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** A member token signed by the host site: the referral is made as that member, without asking for a name and e-mail. */
  declare memberToken: string | undefined;
  /** The notice the candidate will get (how their details are used), linked from the agreement checkbox. */
  declare privacyUrl: string | undefined;
  /** A client to call instead of one built from `api-base` and `publishable-key`. */
  declare client: ClientOf<ReferralRoutes> | undefined;
  /** An in-process backend to call instead of HTTP (e.g. `createMemoryBackend()`). */
  declare backend: BackendOf<ReferralRoutes> | undefined;

  private readonly internals = this.attachInternals();
  private roles: { status: RolesStatus; items: readonly OpenRole[] } = { status: 'loading', items: [] };
  private rolesRequest: AbortController | undefined;
  /** The name of the candidate last sent, for the thank-you. */
  private referredName = '';

  private readonly flow = new FormFlow(this, {
    rules: () => import('./rules.ts'),
    body: (values, fillTimeMs) =>
      referralBody(values, {
        member: this.member,
        presetRole: this.presetRole,
        fillTimeMs,
        honeypot: this.renderRoot.querySelector<HTMLInputElement>('#website')?.value,
      }),
    send: ({ body, idempotencyKey }, locale) => {
      const request = body as ReferralRequest;
      this.referredName = request.candidate.name;
      return elementClient(referralEndpoints, this, locale).createReferral(
        { body: request },
        { idempotencyKey },
      );
    },
    succeeded: async (referral: Referral) => {
      this.dispatchEvent(new AlumniReferralSubmittedEvent(referral));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="success"]')?.focus();
    },
    failed: (error, problem) => this.dispatchEvent(new AlumniReferralFailedEvent({ error, problem })),
  });

  /** Where the form is (see `ReferralState`). */
  get state(): ReferralState {
    const { state, problem } = this.flow;
    switch (state) {
      case 'idle':
        return BEFORE_SENDING[this.roles.status];
      case 'rejected':
        return problem?.code === 'duplicate_referral' ? 'duplicate' : 'server-error';
      case 'failed':
        return 'server-error';
      default:
        return state;
    }
  }

  /** The page vouches for the referrer: no name or e-mail is asked. */
  private get member(): boolean {
    return Boolean(memberTokenOf(this));
  }

  /** The role the page gave (`role-id`), unless the loaded roles show that it is no longer open. */
  private get presetRole(): string | undefined {
    const { status, items } = this.roles;
    const closed = status === 'ready' && !items.some(({ id }) => id === this.roleId);
    return this.roleId && !closed ? this.roleId : undefined;
  }

  private get form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while the roles were loading: that load was cut off.
    if (this.hasUpdated && this.roles.status === 'loading') void this.loadRoles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rolesRequest?.abort();
  }

  private readonly loadRoles = async (): Promise<void> => {
    this.rolesRequest?.abort();
    const request = (this.rolesRequest = new AbortController());
    this.roles = { status: 'loading', items: [] };
    this.requestUpdate();
    try {
      const { items } = await elementClient(referralEndpoints, this, resolveLocale(this)).listRoles(
        {},
        { signal: request.signal },
      );
      if (!request.signal.aborted) this.roles = { status: 'ready', items };
    } catch {
      if (!request.signal.aborted) this.roles = { status: 'failed', items: [] };
    }
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RELOADING.some((name) => changed.has(name))) void this.loadRoles();
  }

  protected override firstUpdated(): void {
    if (this.form) this.flow.restore(this.form);
  }

  protected override updated(): void {
    const { states } = this.internals;
    states.clear();
    states.add(this.state);
  }

  protected override render() {
    const locale = resolveLocale(this);
    const t = referralStrings[locale];
    const state = this.state;
    return html`<div part="base" lang=${locale}>
      ${state === 'success' ? this.renderSuccess(t) : this.renderForm(t, locale, state)}
    </div>`;
  }

  private renderSuccess(t: ReferralStrings): TemplateResult {
    const referral = this.flow.result as Referral;
    const name = this.referredName;
    const role =
      referral.roleId === null ? null : this.roles.items.find(({ id }) => id === referral.roleId)?.title;
    return html`<div part="success" tabindex="-1">
      <slot name="success">
        <h2 part="title">${t.thanks}</h2>
        <p>${t.referred(name, role)}</p>
        <h3>${t.nextTitle}</h3>
        <ul>
          ${referral.candidateNotified ? html`<li>${t.notified(name)}</li>` : nothing}
          <li>${t.review}</li>
        </ul>
      </slot>
    </div>`;
  }

  private renderForm(t: ReferralStrings, locale: Locale, state: ReferralState): TemplateResult {
    const message =
      state === 'duplicate' ? refusalNotice(t.duplicateTitle, t.duplicate) : sendingMessage(t, state);
    const presetRole = this.presetRole;
    const { status, items } = this.roles;

    return html`<h2 part="title" id="title">${t.title}</h2>
      <p part="intro">${t.intro}</p>
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
        ${referralFields({
          t,
          locale,
          member: this.member,
          preset: presetRole
            ? { id: presetRole, title: items.find(({ id }) => id === presetRole)?.title }
            : undefined,
          presetClosed: Boolean(this.roleId) && !presetRole,
          roles: items,
          rolesStatus: status,
          retryRoles: this.loadRoles,
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
    'alumni-referral-form': AlumniReferralForm;
  }
}
