import type { Locale, Survey } from '@alumni-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormStrings } from './form-strings.ts';

/** What replaces the form, under the survey's title; focusable, since it takes the focus when it appears after sending. */
const notice = (title: string, text: string): TemplateResult =>
  html`<div part="notice" tabindex="-1">
    <h3>${title}</h3>
    <p>${text}</p>
  </div>`;

/** The survey takes no more answers: since when, if it says. */
export function closedNotice(survey: Survey, t: FormStrings, locale: Locale): TemplateResult {
  if (!survey.closesAt) return notice(t.closedTitle, t.closed);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(survey.closesAt));
  return notice(t.closedTitle, t.closedOn(date));
}

/** The server already has this person's answers: said kindly, as there is nothing left to do. */
export const alreadyAnsweredNotice = (t: FormStrings): TemplateResult =>
  notice(t.alreadyAnsweredTitle, t.alreadyAnswered);

/** The thank-you, or the page's own in the `success` slot. */
export const thanks = (survey: Survey, t: FormStrings): TemplateResult =>
  html`<div part="success" tabindex="-1">
    <slot name="success">
      <h3>${t.thanksTitle}</h3>
      <p>${t.thanks}</p>
      ${survey.anonymous ? html`<p>${t.thanksAnonymous}</p>` : nothing}
    </slot>
  </div>`;
