import type { OpenRole } from '@alumni-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { ChoiceGroup, type Choice } from '../form-kit/choice-group.ts';
import { matchesSearch } from './role-search.ts';
import { referralStrings } from './strings.ts';

/** The picker's value for a referral for no particular role (`roleId: null`): no role id can be `*`. */
export const GENERAL_REFERRAL = '*';

/** Whether the open roles are still loading, loaded, or could not be loaded. */
export type RolesStatus = 'loading' | 'ready' | 'failed';

/**
 * One role from the open roles, or a general referral, as native radios in a fieldset; a search
 * box narrows the list as the person types (every word must appear in what a role's option
 * shows: title, department, location, "remote") and a live region says how many are shown. The
 * chosen role stays in the list whatever the search. The general referral comes first and is
 * always there, so that the form works while the roles load or when they could not be loaded.
 *
 * @summary The role picker of `<alumni-referral-form>`.
 * @tag alumni-role-picker
 * @csspart field - The fieldset (also named `group`).
 * @csspart group - The fieldset.
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart search - The box around the search box and its label.
 * @csspart search-label - The search box's label.
 * @csspart input - The search box.
 * @csspart status - The live region: loading, how many roles are shown, or that they could not be loaded.
 * @csspart retry - The button that loads the roles again after a failure.
 * @csspart options - The list of roles.
 * @csspart option - One radio with its label.
 * @csspart radio - A native radio.
 * @csspart role-title - A role's title.
 * @csspart role-details - A role's department, location and whether it can be remote.
 */
export class RolePicker extends ChoiceGroup<string> {
  static override properties = {
    roles: { attribute: false },
    status: {},
    retry: { attribute: false },
  };

  /** The open roles to choose from. */
  declare roles: readonly OpenRole[];
  declare status: RolesStatus;
  /** Loads the roles again (after `status` was `failed`). */
  declare retry: () => void;
  /** What the search box holds. */
  private query = '';

  constructor() {
    super();
    this.roles = [];
    this.status = 'loading';
    this.retry = () => undefined;
  }

  private get t() {
    return referralStrings[this.locale].picker;
  }

  /** A role's department, location and whether it can be remote, as its option shows them. */
  private details(role: OpenRole): string {
    return [role.department, role.location, role.remote ? this.t.remote : ''].filter(Boolean).join(' · ');
  }

  /** The roles the search lets through (by what their options show), and the chosen one. */
  private get shownRoles(): OpenRole[] {
    return this.roles.filter(
      (role) => role.id === this.value || matchesSearch(`${role.title} ${this.details(role)}`, this.query),
    );
  }

  protected choices(): Choice<string>[] {
    const { t } = this;
    const option = (title: string, details: string) =>
      html`<span part="role-title">${title}</span> <span part="role-details">${details}</span>`;
    return [
      { value: GENERAL_REFERRAL, label: option(t.general, t.generalHint) },
      ...this.shownRoles.map((role) => ({ value: role.id, label: option(role.title, this.details(role)) })),
    ];
  }

  /** The chosen radio, else the general referral: where a label, an error link and focus point. */
  protected override anchor(): HTMLElement | null {
    return this.querySelector('input:checked') ?? this.querySelector('[part~="radio"]');
  }

  private statusText(): string {
    const { t } = this;
    const shown = this.shownRoles.length;
    if (this.status === 'loading') return t.loading;
    if (this.status === 'ready' && shown) return t.shown(shown, this.roles.length);
    const why = this.status === 'failed' ? t.failed : this.roles.length ? t.none : t.noneOpen;
    return `${why} ${t.stillGeneral}`;
  }

  protected override render() {
    const { t } = this;
    const searchId = `${this.fieldId}-search`;
    const statusId = `${this.fieldId}-status`;
    const listId = `${this.fieldId}-options`;
    const search: TemplateResult | typeof nothing = this.roles.length
      ? html`<div part="search">
          <label part="search-label" for=${searchId}>${t.search}</label>
          <input
            part="input"
            id=${searchId}
            type="search"
            autocomplete="off"
            .value=${this.query}
            ?disabled=${this.isDisabled}
            aria-controls=${listId}
            aria-describedby=${statusId}
            @input=${(event: Event) => {
              // Searching is not answering: the form sees no change (no new draft, no new submission).
              event.stopPropagation();
              this.query = (event.target as HTMLInputElement).value;
              this.requestUpdate();
            }}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
        </div>`
      : nothing;
    const retry =
      this.status === 'failed'
        ? html`<button
            part="retry"
            type="button"
            @click=${() => {
              this.retry();
              this.focus();
            }}
          >
            ${t.retry}
          </button>`
        : nothing;
    return this.group(
      html`${search}
        <p part="status" id=${statusId} role="status">${this.statusText()}</p>
        ${retry}
        <div part="options" id=${listId}>${this.renderChoices()}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-role-picker': RolePicker;
  }
}
