import { html } from 'lit';
import { FormControl } from './form-control.ts';
import type { Option } from './option.ts';

/**
 * Any number of choices from a list, as native checkboxes in a fieldset; the value lists the
 * chosen ones in the order of the options.
 *
 * @summary A group of checkboxes of the form kit.
 * @tag alumni-checkbox-group
 * @csspart field - The fieldset.
 * @csspart group - The fieldset (also named `field`).
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart option - The box around one checkbox and its label.
 * @csspart checkbox - A native checkbox.
 */
export class CheckboxGroup extends FormControl<string[]> {
  static override properties = {
    options: { attribute: false },
  };

  declare options: readonly Option[];

  constructor() {
    super();
    this.options = [];
  }

  protected emptyValue(): string[] {
    return [];
  }

  protected override formValue(): FormData {
    const data = new FormData();
    for (const value of this.value) data.append(this.name, value);
    return data;
  }

  private toggle(value: string, checked: boolean): void {
    const chosen = (option: string) => (option === value ? checked : this.value.includes(option));
    this.value = this.options.map((option) => option.value).filter(chosen);
  }

  protected override render() {
    return this.group(
      html`${this.options.map((option, index) => {
        const id = this.optionId(index);
        return html`<div part="option">
          <input
            part="checkbox"
            type="checkbox"
            id=${id}
            .checked=${this.value.includes(option.value)}
            ?disabled=${this.isDisabled}
            aria-invalid=${this.invalid}
            @input=${(event: Event) => this.toggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${option.label}</label>
        </div>`;
      })}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-checkbox-group': CheckboxGroup;
  }
}
