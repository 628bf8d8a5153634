import { html } from 'lit';
import { FormControl } from './form-control.ts';
import type { Option } from './option.ts';

/**
 * One choice from a list, in a native `<select>` whose first entry means "not chosen".
 *
 * @summary A drop-down list of the form kit.
 * @tag alumni-select-field
 * @csspart field - The box around label, hint, error and list.
 * @csspart label - The label.
 * @csspart required - The "required" marker in the label.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart input - The native select.
 */
export class SelectField extends FormControl<string> {
  static override properties = {
    options: { attribute: false },
  };

  declare options: readonly Option[];

  constructor() {
    super();
    this.options = [];
  }

  protected emptyValue(): string {
    return '';
  }

  protected override render() {
    return this.field(
      html`<select
        part="input"
        id=${this.fieldId}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${(event: Event) => (this.value = (event.target as HTMLSelectElement).value)}
      >
        <option value="">${this.strings.choose}</option>
        ${this.options.map(
          ({ value, label }) =>
            html`<option value=${value} ?selected=${value === this.value}>${label}</option>`,
        )}
      </select>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-select-field': SelectField;
  }
}
