import type { SignupState } from '@alumni-kit/elements';
import type { Page } from 'playwright-core';
import { KeyboardForm } from './keyboard-form.ts';

/** What an alumna types into the form: text fields by control id, then boxes she ticks. */
export interface AlumniAnswers {
  text: Record<string, string>;
  /** Ids of the interest checkboxes to tick (`field-interests`, `field-interests-1`, …). */
  interests: string[];
}

/** `<alumni-signup>` on a page, driven by keyboard alone (see `KeyboardForm`). */
export class SignupForm extends KeyboardForm {
  constructor(page: Page) {
    super(page, 'alumni-signup');
  }

  /** Fills the alumni form from its first field: text fields, interests (Space ticks), consent. */
  async fillAlumni({ text, interests }: AlumniAnswers): Promise<void> {
    for (const [target, value] of Object.entries(text)) await this.type(target, value);
    for (const target of interests) await this.press(target, 'Space');
    await this.press('field-consent.accepted', 'Space');
  }

  override waitForState(state: SignupState): Promise<void> {
    return super.waitForState(state);
  }
}
