import { html } from 'lit';
import { FormControl } from './form-control.ts';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * A calendar month (`YYYY-MM`): the month from a list named through `Intl` in the element's
 * language, the year typed; Japanese puts the year first. A half-filled month keeps what was
 * given (`2019-`), so that the contract reports it instead of it being dropped.
 *
 * @summary A month and year input of the form kit.
 * @tag alumni-month-field
 * @csspart field - The fieldset.
 * @csspart group - The fieldset (also named `field`).
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart parts - The box around the month and the year.
 * @csspart input - The month list and the year input.
 */
export class MonthField extends FormControl<string> {
  protected emptyValue(): string {
    return '';
  }

  /** Reads both parts from the page: two input events may come before a render (autofill). */
  private readParts(): void {
    const month = this.querySelector('select')?.value ?? '';
    const year = this.querySelector('input')?.value.trim() ?? '';
    this.value = year || month ? `${year}-${month}` : '';
  }

  protected override render() {
    const [year = '', month = ''] = this.value.split('-');
    const name = new Intl.DateTimeFormat(this.locale, { month: 'long', timeZone: 'UTC' });
    const yearId = `${this.fieldId}-year`;
    const monthPart = html`<span>
      <label for=${this.fieldId}>${this.strings.month}</label>
      <select
        part="input"
        id=${this.fieldId}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${this.readParts}
      >
        <option value="">${this.strings.choose}</option>
        ${MONTHS.map(
          (value, index) =>
            html`<option value=${value} ?selected=${value === month}>
              ${name.format(Date.UTC(2000, index))}
            </option>`,
        )}
      </select>
    </span>`;
    const yearPart = html`<span>
      <label for=${yearId}>${this.strings.year}</label>
      <input
        part="input"
        id=${yearId}
        inputmode="numeric"
        autocomplete="off"
        size="4"
        .value=${year}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.invalid}
        aria-describedby=${this.describedBy()}
        @input=${this.readParts}
      />
    </span>`;
    const parts = this.locale === 'ja' ? [yearPart, monthPart] : [monthPart, yearPart];
    return this.group(html`<div part="parts">${parts}</div>`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-month-field': MonthField;
  }
}
