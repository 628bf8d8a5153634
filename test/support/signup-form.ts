import type { SignupState } from '@alumni-kit/elements';
import type { Locator, Page } from 'playwright-core';

/** What an alumna types into the form: text fields by control id, then boxes she ticks. */
export interface AlumniAnswers {
  text: Record<string, string>;
  /** Ids of the interest checkboxes to tick (`field-interests`, `field-interests-1`, …). */
  interests: string[];
}

/** Tab presses that would walk past every control of the form; more means focus is lost. */
const MAX_TABS = 40;

/**
 * `<alumni-signup>` on a page, driven the way a keyboard user does: Tab to a control, type,
 * Space to tick, Enter to send. Controls are named by their id inside the element's shadow root
 * (`field-name`, `field-email`, …), the submit button by its part `submit`.
 */
export class SignupForm {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** A part of the element (`success`, `error-summary`, `message`…); Playwright pierces open shadow roots. */
  part(name: string): Locator {
    return this.page.locator(`alumni-signup [part~="${name}"]`);
  }

  /** The id, else the part, of the focused element inside the signup; '' when focus is elsewhere. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.querySelector('alumni-signup')?.shadowRoot?.activeElement;
      return active ? active.id || active.getAttribute('part') || active.localName : '';
    });
  }

  /** Presses Tab until `target` has focus. */
  async tabTo(target: string): Promise<void> {
    for (let press = 0; press < MAX_TABS; press++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focused()) === target) return;
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /** Tabs to a text field and types into it. */
  async type(target: string, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.type(text);
  }

  /** Tabs to a checkbox and ticks it with Space. */
  async tick(target: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press('Space');
  }

  /** Fills the alumni form from its first field: text fields, interests, consent. */
  async fillAlumni({ text, interests }: AlumniAnswers): Promise<void> {
    for (const [target, value] of Object.entries(text)) await this.type(target, value);
    for (const target of interests) await this.tick(target);
    await this.tick('field-consent.accepted');
  }

  /** Tabs to the submit button and presses Enter. */
  async submit(): Promise<void> {
    await this.tabTo('submit');
    await this.page.keyboard.press('Enter');
  }

  /** Resolves once the element is in `state`, which it exposes as a CSS custom state. */
  async waitForState(state: SignupState): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('alumni-signup')?.matches(`:state(${expected})`),
      state,
    );
  }

  /** The value of a text input inside the signup. */
  value(target: string): Promise<string> {
    return this.page.locator(`alumni-signup [id="${target}"]`).inputValue();
  }
}
