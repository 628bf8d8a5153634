import { html, type TemplateResult } from 'lit';
import { FormControl } from './form-control.ts';

/** One radio of a choice group: its value and what its label shows. */
export interface Choice<V extends string | number> {
  value: V;
  label: unknown;
}

/**
 * One choice from several, as native radios in a fieldset: arrow keys move between them and
 * Tab leaves the group, as browsers do for radios. The radio group, the rating and the NPS
 * scale differ only in their choices and how they look.
 */
export abstract class ChoiceGroup<V extends string | number> extends FormControl<V | undefined> {
  protected emptyValue(): V | undefined {
    return undefined;
  }

  protected abstract choices(): readonly Choice<V>[];

  protected override anchor(): HTMLElement | null {
    return this.querySelector('input:checked') ?? super.anchor();
  }

  protected renderChoices(): TemplateResult {
    return html`${this.choices().map((choice, index) => {
      const id = this.optionId(index);
      return html`<span part="option">
        <input
          part="radio"
          type="radio"
          id=${id}
          name=${this.fieldId}
          .checked=${choice.value === this.value}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalid}
          @input=${() => (this.value = choice.value)}
        />
        <label for=${id}>${choice.label}</label>
      </span>`;
    })}`;
  }

  protected override render() {
    return this.group(html`<div part="options">${this.renderChoices()}</div>`);
  }
}
