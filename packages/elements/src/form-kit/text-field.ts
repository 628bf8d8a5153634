import { html, nothing } from 'lit';
import { FormControl } from './form-control.ts';

/**
 * One line of text, an e-mail address, a web address, a phone number or a date, in a native
 * `<input>` with `autocomplete` so that browsers fill it in.
 *
 * @summary A single-line input of the form kit.
 * @tag alumni-text-field
 * @csspart field - The box around label, hint, error and input.
 * @csspart label - The label.
 * @csspart required - The "required" marker in the label.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart input - The native input.
 */
export class TextField extends FormControl<string> {
  static override properties = {
    type: {},
    autocomplete: {},
  };

  /** The native input's type. */
  declare type: 'text' | 'email' | 'url' | 'tel' | 'date';
  /** The autofill hint, e.g. `name`, `email`, `work email`, `organization-title`. */
  declare autocomplete: string;

  constructor() {
    super();
    this.type = 'text';
    this.autocomplete = '';
  }

  protected emptyValue(): string {
    return '';
  }

  protected override render() {
    return this.field(
      html`<input
        part="input"
        id=${this.fieldId}
        type=${this.type}
        autocomplete=${this.autocomplete || nothing}
        spellcheck=${this.type === 'text' ? nothing : 'false'}
        .value=${this.value}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}
      />`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-text-field': TextField;
  }
}
