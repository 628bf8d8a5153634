import { html } from 'lit';
import { ChoiceGroup, type Choice } from './choice-group.ts';

const MAX = 5;

/**
 * A rating from 1 to 5 shown as stars, each with its number visible under it: native radios
 * (arrow keys change the rating), each named "n of 5" for screen readers; the value is a number.
 *
 * @summary A 1–5 star rating of the form kit.
 * @tag alumni-rating-field
 * @csspart field - The fieldset.
 * @csspart group - The fieldset (also named `field`).
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart options - The row of stars.
 * @csspart option - One star with its radio.
 * @csspart radio - A native radio (visually hidden).
 * @csspart star - A star; `star on` up to the chosen rating.
 * @csspart star-number - The number under a star.
 */
export class RatingField extends ChoiceGroup<number> {
  protected choices(): Choice<number>[] {
    return Array.from({ length: MAX }, (_, index) => {
      const value = index + 1;
      const on = this.value !== undefined && value <= this.value;
      return {
        value,
        label: html`<span part=${on ? 'star on' : 'star'} aria-hidden="true">★</span
          ><span part="star-number" aria-hidden="true">${value}</span
          ><span class="visually-hidden">${this.strings.ratingOption(value, MAX)}</span>`,
      };
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-rating-field': RatingField;
  }
}
