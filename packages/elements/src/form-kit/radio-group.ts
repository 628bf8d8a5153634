import { ChoiceGroup } from './choice-group.ts';
import type { Option } from './option.ts';

/**
 * One choice from a short list, as native radios in a fieldset.
 *
 * @summary A group of radios of the form kit.
 * @tag alumni-radio-group
 * @csspart field - The fieldset.
 * @csspart group - The fieldset (also named `field`).
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart options - The box around the radios.
 * @csspart option - The box around one radio and its label.
 * @csspart radio - A native radio.
 */
export class RadioGroup extends ChoiceGroup<string> {
  static override properties = {
    options: { attribute: false },
  };

  declare options: readonly Option[];

  constructor() {
    super();
    this.options = [];
  }

  protected choices(): readonly Option[] {
    return this.options;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-radio-group': RadioGroup;
  }
}
