import type { Locator, Page } from 'playwright-core';

/** Tab presses that would walk past every control of a form; more means focus is lost. */
const MAX_TABS = 40;

/**
 * An Alumni Kit form element on a page (`tag`), driven the way a keyboard user does: Tab to a
 * control, type, press keys, Enter to send. Controls are named by their id inside the element's
 * shadow root (`field-candidate.name`, …), other boxes by their part (`submit`, `success`).
 */
export class KeyboardForm {
  readonly page: Page;
  readonly tag: string;

  constructor(page: Page, tag: string) {
    this.page = page;
    this.tag = tag;
  }

  /** A part of the element; Playwright pierces open shadow roots. */
  part(name: string): Locator {
    return this.page.locator(`${this.tag} [part~="${name}"]`);
  }

  /** The id, else the part, of the focused element inside the form; '' when focus is elsewhere. */
  focused(): Promise<string> {
    return this.page.evaluate((tag) => {
      const active = document.querySelector(tag)?.shadowRoot?.activeElement;
      return active ? active.id || active.getAttribute('part') || active.localName : '';
    }, this.tag);
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

  /** Tabs to a control and presses `key` there (Space ticks, ArrowDown moves a list or radios on). */
  async press(target: string, key: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press(key);
  }

  /** Tabs to the submit button and presses Enter. */
  async submit(): Promise<void> {
    await this.press('submit', 'Enter');
  }

  /** Resolves once the element is in `state`, which it exposes as a CSS custom state. */
  async waitForState(state: string): Promise<void> {
    await this.page.waitForFunction(
      ([tag, expected]) => document.querySelector(tag)?.matches(`:state(${expected})`),
      [this.tag, state] as const,
    );
  }

  /** The value of an input inside the form. */
  value(target: string): Promise<string> {
    return this.page.locator(`${this.tag} [id="${target}"]`).inputValue();
  }
}
