import type { FieldError } from '@alumni-kit/contract';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { FormControl } from '../form-kit/form-control.ts';
import { controlsOf, placeErrors } from '../form-kit/form-values.ts';
import type { FormStrings } from './form-strings.ts';

/**
 * The stepper layout: one step per screen (a question, then the respondent's details when
 * asked), a heading that says which question of how many, Back and Next. Next checks the step
 * before moving on; each move puts the focus on the new step's heading. Every step stays in the
 * form, hidden, so that drafts and the submit read every answer.
 */
export class Stepper {
  /** The index of the step shown. */
  private current = 0;
  private readonly host: LitElement;
  private moving = false;

  constructor(host: LitElement) {
    this.host = host;
  }

  isLast(count: number): boolean {
    return this.current >= count - 1;
  }

  /** The heading, the progress bar and the steps; `respondent` when the last step asks who is answering. */
  render(steps: readonly TemplateResult[], t: FormStrings, respondent: boolean): TemplateResult {
    const questions = respondent ? steps.length - 1 : steps.length;
    const heading = this.current < questions ? t.progress(this.current + 1, questions) : t.lastStep;
    return html`<h3 part="progress" tabindex="-1">${heading}</h3>
      <progress
        part="progress-bar"
        max=${steps.length}
        .value=${this.current + 1}
        aria-hidden="true"
      ></progress>
      ${steps.map((step, index) => html`<div part="step" ?hidden=${index !== this.current}>${step}</div>`)}`;
  }

  /** Back (after the first step), then Next, or `submit` on the last step. */
  buttons(count: number, t: FormStrings, submit: TemplateResult): TemplateResult {
    const back = html`<button part="back" type="button" @click=${() => void this.goTo(this.current - 1)}>
      ${t.back}
    </button>`;
    return html`${this.current > 0 ? back : nothing}
    ${this.isLast(count) ? submit : html`<button part="next" type="submit">${t.next}</button>`}`;
  }

  /**
   * Shows the errors `check` finds that belong to the current step on its controls and focuses
   * the first, else moves to the next step. A second Next while one is checked does nothing.
   */
  async next(form: HTMLFormElement, check: () => Promise<readonly FieldError[]>): Promise<void> {
    if (this.moving) return;
    this.moving = true;
    try {
      const controls = this.controlsOf(form, this.current);
      placeErrors(controls, await check());
      const invalid = controls.find((control) => control.error);
      if (invalid) {
        await this.host.updateComplete;
        invalid.focus();
      } else {
        await this.goTo(this.current + 1);
      }
    } finally {
      this.moving = false;
    }
  }

  /** After a refused submit: shows the step of the first invalid control and focuses it. */
  async showFirstError(form: HTMLFormElement): Promise<void> {
    const invalid = controlsOf(form).find((control) => control.error);
    if (invalid) await this.goTo(this.stepOf(form, invalid), invalid);
  }

  /** A click on a link of the error summary: shows the step of the control it points at, then focuses it (the link's own focus finds it hidden). */
  readonly followSummaryLink = (event: Event): void => {
    const form = this.host.renderRoot.querySelector('form');
    const href = (event.target as Element).closest('a')?.getAttribute('href');
    const control = form && controlsOf(form).find((candidate) => `#${candidate.fieldId}` === href);
    if (form && control) void this.goTo(this.stepOf(form, control), control);
  };

  private steps(form: HTMLFormElement): Element[] {
    return [...form.querySelectorAll('[part~="step"]')];
  }

  private controlsOf(form: HTMLFormElement, step: number): FormControl<unknown>[] {
    const box = this.steps(form)[step];
    return controlsOf(form).filter((control) => box?.contains(control));
  }

  private stepOf(form: HTMLFormElement, control: FormControl<unknown>): number {
    return this.steps(form).findIndex((step) => step.contains(control));
  }

  /** Shows step `index`, then focuses `target`, else the step's heading. */
  private async goTo(index: number, target?: FormControl<unknown>): Promise<void> {
    this.current = index;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (target) target.focus();
    else this.host.renderRoot.querySelector<HTMLElement>('[part~="progress"]')?.focus();
  }
}
