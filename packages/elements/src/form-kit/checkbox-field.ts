import { html } from 'lit';
import { FormControl } from './form-control.ts';

/**
 * One native checkbox that must be ticked or may be (a consent, an acknowledgement). Its hint
 * sits under the label, where a link to the policy belongs (not inside the label).
 *
 * @summary A single checkbox of the form kit.
 * @tag alumni-checkbox-field
 * @csspart field - The box around error, checkbox, label and hint.
 * @csspart option - The box around the checkbox and its label.
 * @csspart checkbox - The native checkbox.
 * @csspart label - The label.
 * @csspart required - The "required" marker in the label.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 */
export class CheckboxField extends FormControl<boolean> {
  protected emptyValue(): boolean {
    return false;
  }

  protected override formValue(): string | null {
    return this.value ? 'on' : null;
  }

  protected override render() {
    return html`<div part="field">
      ${this.errorMessage()}
      <div part="option">
        <input
          part="checkbox"
          type="checkbox"
          id=${this.fieldId}
          .checked=${this.value}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalid}
          aria-describedby=${this.describedBy()}
          @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).checked)}
        />
        <label part="label" for=${this.fieldId}>${this.labelText()}</label>
      </div>
      ${this.hintMessage()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-checkbox-field': CheckboxField;
  }
}
