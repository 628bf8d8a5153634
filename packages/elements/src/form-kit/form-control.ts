import type { Locale } from '@alumni-kit/contract';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { kitStrings } from './strings.ts';

/**
 * The base of every form-kit control: a form-associated custom element (`ElementInternals`)
 * whose value, validity and reset/restore follow the form it sits in. Validity comes from the
 * contract: the element validates its whole body with the route's schema and sets `error` on
 * the control that owns each failing path; the browser's validity then anchors on the native
 * input. Controls render into their own light DOM, inside the shadow root of the element that
 * uses them, so labels, `aria-describedby`, the error summary's links and the element's
 * `::part()`s all work in one tree, and inputs are real `<input>`s that browsers autofill.
 */
export abstract class FormControl<V> extends LitElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    hint: {},
    error: {},
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    locale: {},
    value: { attribute: false },
  };

  /** The field's path in the request body (`email`, `consent.accepted`): errors find it by it. */
  declare name: string;
  declare label: string;
  /** Help shown under the label: text, or a template (a link to a policy). */
  declare hint: unknown;
  /** Why the value is not accepted, in the element's language; empty when it is. */
  declare error: string;
  /** Marks the label as required; the rule itself is the contract's. */
  declare required: boolean;
  declare disabled: boolean;
  declare locale: Locale;
  declare value: V;

  protected readonly internals = this.attachInternals();

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.hint = '';
    this.error = '';
    this.required = false;
    this.disabled = false;
    this.locale = 'en';
    this.value = this.emptyValue();
  }

  /** The value of an untouched control, and after a reset. */
  protected abstract emptyValue(): V;

  /** What the control adds to its form's data (`FormData`). */
  protected formValue(): string | FormData | null {
    const value: unknown = this.value;
    return value === undefined || value === '' ? null : String(value);
  }

  /** The id of the native control that the label, the error summary and focus point at. */
  get fieldId(): string {
    return `field-${this.name}`;
  }

  /** The id of a group's option: the first takes `fieldId`, so that labels and links point at it. */
  protected optionId(index: number): string {
    return index ? `${this.fieldId}-${index}` : this.fieldId;
  }

  protected get strings() {
    return kitStrings[this.locale];
  }

  protected get isDisabled(): boolean {
    return this.matches(':disabled');
  }

  protected get invalid(): 'true' | 'false' {
    return this.error ? 'true' : 'false';
  }

  protected describedBy(...extra: string[]): string | typeof nothing {
    const id = this.fieldId;
    const ids = [this.hint ? `${id}-hint` : '', this.error ? `${id}-error` : '', ...extra].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected override createRenderRoot(): this {
    return this;
  }

  /** A label above one native control, with the hint and the error between them. */
  protected field(control: TemplateResult): TemplateResult {
    return html`<div part="field">
      <label part="label" for=${this.fieldId}>${this.labelText()}</label>
      ${this.messages()} ${control}
    </div>`;
  }

  /** A fieldset whose legend labels several native controls. */
  protected group(controls: TemplateResult): TemplateResult {
    return html`<fieldset part="field group" aria-describedby=${this.describedBy()}>
      <legend part="label">${this.labelText()}</legend>
      ${this.messages()} ${controls}
    </fieldset>`;
  }

  protected labelText(): TemplateResult {
    const marker = this.required ? html` <span part="required">${this.strings.required}</span>` : nothing;
    return html`${this.label}${marker}`;
  }

  protected messages(): TemplateResult {
    return html`${this.hintMessage()} ${this.errorMessage()}`;
  }

  protected hintMessage(): TemplateResult | typeof nothing {
    return this.hint ? html`<div part="hint" id="${this.fieldId}-hint">${this.hint}</div>` : nothing;
  }

  protected errorMessage(): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return html`<p part="error" id="${this.fieldId}-error">
      <span class="visually-hidden">${this.strings.errorPrefix}</span> ${this.error}
    </p>`;
  }

  /** Focuses the native control, so that `focus()` on the element lands where typing goes. */
  override focus(options?: FocusOptions): void {
    this.anchor()?.focus(options);
  }

  protected anchor(): HTMLElement | null {
    return this.querySelector('input, select, textarea');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.internals.setFormValue(this.formValue(), JSON.stringify(this.value));
    this.internals.setValidity(
      this.error ? { customError: true } : {},
      this.error,
      this.anchor() ?? undefined,
    );
  }

  formResetCallback(): void {
    this.value = this.emptyValue();
    this.error = '';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = JSON.parse(state) as V;
  }

  formDisabledCallback(): void {
    this.requestUpdate();
  }
}
