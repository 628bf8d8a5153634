import { html, nothing } from 'lit';
import { FormControl } from './form-control.ts';

/**
 * Free text over several lines, with a counter of the characters left when `maxlength` is
 * set. Typing past the limit is allowed (a pasted text is not cut); the contract's rule then
 * reports it.
 *
 * @summary A multi-line text input of the form kit, with a character counter.
 * @tag alumni-textarea-field
 * @csspart field - The box around label, hint, error, input and counter.
 * @csspart label - The label.
 * @csspart required - The "required" marker in the label.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart input - The native textarea.
 * @csspart counter - The characters left.
 */
export class TextareaField extends FormControl<string> {
  static override properties = {
    maxLength: { type: Number, attribute: 'maxlength' },
    rows: { type: Number },
  };

  /** The limit the counter counts down from (in UTF-16 code units, as the contract counts). */
  declare maxLength: number | undefined;
  declare rows: number;

  constructor() {
    super();
    this.rows = 4;
  }

  protected emptyValue(): string {
    return '';
  }

  protected override render() {
    const counterId = `${this.fieldId}-counter`;
    const counter =
      this.maxLength === undefined
        ? nothing
        : html`<div part="counter" id=${counterId}>
            ${this.strings.charactersLeft(this.maxLength - this.value.length)}
          </div>`;
    return this.field(
      html`<textarea
          part="input"
          id=${this.fieldId}
          rows=${this.rows}
          .value=${this.value}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalid}
          aria-describedby=${this.maxLength === undefined ? this.describedBy() : this.describedBy(counterId)}
          @input=${(event: Event) => (this.value = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${counter}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-textarea-field': TextareaField;
  }
}
