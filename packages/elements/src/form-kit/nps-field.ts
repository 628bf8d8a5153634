import { html } from 'lit';
import { ChoiceGroup, type Choice } from './choice-group.ts';

/**
 * "How likely are you to recommend …", from 0 to 10 (Net Promoter Score): eleven native
 * radios in a row, the ends of the scale explained under it; the value is a number.
 *
 * @summary A 0–10 likelihood scale of the form kit.
 * @tag alumni-nps-field
 * @csspart field - The fieldset.
 * @csspart group - The fieldset (also named `field`).
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart options - The row of numbers.
 * @csspart option - One number with its radio.
 * @csspart radio - A native radio (visually hidden).
 * @csspart scale - What the ends of the scale mean.
 */
export class NpsField extends ChoiceGroup<number> {
  protected choices(): Choice<number>[] {
    return Array.from({ length: 11 }, (_, value) => ({ value, label: value }));
  }

  protected override render() {
    const scaleId = `${this.fieldId}-scale`;
    return html`<fieldset part="field group" aria-describedby=${this.describedBy(scaleId)}>
      <legend part="label">${this.labelText()}</legend>
      ${this.messages()}
      <div part="options">${this.renderChoices()}</div>
      <div part="scale" id=${scaleId}>
        <span>${this.strings.npsLow}</span><span>${this.strings.npsHigh}</span>
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-nps-field': NpsField;
  }
}
