import { html, nothing, type PropertyValues } from 'lit';
import { FormControl } from '../form-kit/form-control.ts';
import type { Option } from '../form-kit/option.ts';
import { formStrings } from './form-strings.ts';

/** What a choice question holds: the ids of the chosen options, and the text of "Other" while it is chosen. */
export interface ChoiceAnswer {
  choices: string[];
  /** Present (possibly empty) exactly while "Other" is chosen. */
  other?: string;
}

/**
 * The answer to a single- or multiple-choice question: native radios (`multiple` unset) or
 * checkboxes in a fieldset, and with `allow-other` a last option, "Other", that reveals a text
 * input for what it is. Arrow keys move between radios, Tab moves on to the revealed input.
 *
 * @summary A single- or multiple-choice question with an optional "Other" answer.
 * @tag alumni-choice-answer-field
 * @csspart field - The fieldset.
 * @csspart group - The fieldset (also named `field`).
 * @csspart label - The legend.
 * @csspart required - The "required" marker in the legend.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 * @csspart option - The box around one radio or checkbox and its label.
 * @csspart radio - A native radio (single choice).
 * @csspart checkbox - A native checkbox (multiple choice).
 * @csspart other - The box around the "Other" text input, shown while "Other" is chosen.
 * @csspart input - The "Other" text input.
 */
export class ChoiceAnswerField extends FormControl<ChoiceAnswer> {
  static override properties = {
    options: { attribute: false },
    multiple: { type: Boolean },
    allowOther: { type: Boolean, attribute: 'allow-other' },
  };

  declare options: readonly Option[];
  /** Checkboxes (any number of choices) instead of radios (one). */
  declare multiple: boolean;
  /** Adds "Other" with a text input. */
  declare allowOther: boolean;

  /** The last "Other" text, given back when "Other" is chosen again after another option. */
  private otherText = '';

  constructor() {
    super();
    this.options = [];
    this.multiple = false;
    this.allowOther = false;
  }

  protected emptyValue(): ChoiceAnswer {
    return { choices: [] };
  }

  protected override formValue(): FormData {
    const data = new FormData();
    for (const choice of this.value.choices) data.append(this.name, choice);
    if (this.value.other !== undefined) data.append(`${this.name}.other`, this.value.other);
    return data;
  }

  private get otherInputId(): string {
    return `${this.fieldId}-other`;
  }

  protected override anchor(): HTMLElement | null {
    // "Other" chosen but not said is what the person has to fix.
    const other = this.value.other?.trim() === '' ? `#${CSS.escape(this.otherInputId)}` : 'input:checked';
    return this.querySelector<HTMLElement>(other) ?? super.anchor();
  }

  private choose(option: string, checked: boolean): void {
    const { choices, other } = this.value;
    if (!this.multiple) {
      this.value = { choices: [option] };
      return;
    }
    const chosen = this.options
      .map(({ value }) => value)
      .filter((value) => (value === option ? checked : choices.includes(value)));
    this.value = other === undefined ? { choices: chosen } : { choices: chosen, other };
  }

  private chooseOther(checked: boolean): void {
    const choices = this.multiple ? this.value.choices : [];
    this.value = checked ? { choices, other: this.otherText } : { choices };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.value.other) this.otherText = this.value.other;
  }

  private option(id: string, label: string, checked: boolean, choose: (checked: boolean) => void) {
    const type = this.multiple ? 'checkbox' : 'radio';
    return html`<div part="option">
      <input
        part=${type}
        type=${type}
        id=${id}
        name=${this.multiple ? nothing : this.fieldId}
        .checked=${checked}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.invalid}
        @input=${(event: Event) => choose((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${label}</label>
    </div>`;
  }

  private renderOther() {
    const t = formStrings[this.locale];
    const { other } = this.value;
    return html`${this.option(this.optionId(this.options.length), t.other, other !== undefined, (checked) =>
        this.chooseOther(checked),
      )}
      <div part="other" ?hidden=${other === undefined}>
        <label for=${this.otherInputId}>${t.otherText}</label>
        <input
          part="input"
          id=${this.otherInputId}
          .value=${other ?? this.otherText}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.invalid}
          @input=${(event: Event) => (this.value = { ...this.value, other: (event.target as HTMLInputElement).value })}
        />
      </div>`;
  }

  protected override render() {
    const { choices } = this.value;
    return this.group(
      html`${this.options.map((option, index) =>
        this.option(this.optionId(index), option.label, choices.includes(option.value), (checked) =>
          this.choose(option.value, checked),
        ),
      )}
      ${this.allowOther ? this.renderOther() : nothing}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-choice-answer-field': ChoiceAnswerField;
  }
}
