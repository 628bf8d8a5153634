import { html, nothing, type TemplateResult } from 'lit';

/** What a form says about sending it, in the element's language. */
export interface SendingStrings {
  /** The submit button's label. */
  submit: string;
  /** The button's label while sending. */
  sending: string;
  /** The button's label after a failure worth trying again. */
  retry: string;
  /** Announced while sending. */
  sendingStatus: string;
  serverError: string;
  offline: string;
}

/**
 * The message under a form about its sending, by the element's state: in progress
 * (`submitting`), or a failure worth trying again (`server-error`, `offline`); in any other
 * state, nothing.
 */
export function sendingMessage(t: SendingStrings, state: string): TemplateResult | typeof nothing {
  switch (state) {
    case 'submitting':
      return html`<p part="message notice">${t.sendingStatus}</p>`;
    case 'server-error':
      return html`<p part="message alert">${t.serverError}</p>`;
    case 'offline':
      return html`<p part="message alert">${t.offline}</p>`;
    default:
      return nothing;
  }
}

/** A refusal that is no error (already a member, already referred), in place of the sending message. */
export const refusalNotice = (title: string, text: string): TemplateResult =>
  html`<div part="message notice">
    <h3>${title}</h3>
    <p>${text}</p>
  </div>`;

/** The submit button, saying that it sends, or to try again after a failure worth it, else `label`. */
export function submitButton(t: SendingStrings, state: string, label = t.submit): TemplateResult {
  const submitting = state === 'submitting';
  const retry = state === 'server-error' || state === 'offline';
  return html`<button part="submit" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>
    ${submitting ? t.sending : retry ? t.retry : label}
  </button>`;
}
