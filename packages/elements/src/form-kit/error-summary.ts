import { html } from 'lit';
import type { FormControl } from './form-control.ts';

/** One line of the error summary: a link to the control at fault, or text when no control owns it. */
export interface SummaryEntry {
  text: string;
  control?: FormControl<unknown>;
}

/**
 * The list of problems at the top of a form after a submit (GOV.UK's error summary): each
 * entry names the field and links to it. Rendered inside the element's live region so that
 * it is announced; the element moves focus to the first invalid field.
 */
export const errorSummary = (title: string, entries: readonly SummaryEntry[]) =>
  html`<div part="error-summary" tabindex="-1">
    <h3 part="error-summary-title">${title}</h3>
    <ul>
      ${entries.map(
        ({ text, control }) =>
          html`<li>
            ${
              control
                ? html`<a
                    href="#${control.fieldId}"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      control.focus();
                    }}
                    >${text}</a
                  >`
                : text
            }
          </li>`,
      )}
    </ul>
  </div>`;
