import { AlumniNetworkError, type BackendOf, type ClientOf } from '@alumni-kit/client';
import type { Locale, Problem, Survey } from '@alumni-kit/contract';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { sendingStyles } from '../form-kit/sending-styles.ts';
import { resolveLocale } from '../i18n/resolve-locale.ts';
import { theme } from '../theme/theme.ts';
import { surveyClient, type SurveyRoutes } from './survey-client.ts';
import type * as SurveyFormModule from './survey-form.ts';
import type { SurveyForm, SurveyFormState } from './survey-form.ts';
import { surveyStrings, type SurveyStrings } from './strings.ts';
import { surveyStyles } from './styles.ts';

export type { SurveyRoutes };

/** Where the survey is; also a CSS custom state: `alumni-feedback-survey:state(success)`. */
export type SurveyState = 'loading' | 'load-error' | 'not-found' | SurveyFormState;

/** Changes to these load the survey again. */
const RELOADING = ['surveyId', 'client', 'backend', 'apiBase', 'publishableKey'] as const;

// Errors are told apart by name, not `instanceof`: a `client` the page gives may bring its own copy of the classes.
const errorName = (error: unknown) => (error as Error | undefined)?.name;

const problemOf = (error: unknown) =>
  errorName(error) === 'AlumniApiError' ? (error as { problem: Problem }).problem : undefined;

/** The server knows no survey by that id, or the id cannot be one. */
const isUnknownSurvey = (error: unknown) =>
  ['not_found', 'validation_failed'].includes(problemOf(error)?.code ?? '');

/**
 * A feedback survey defined on the backend: loads it by id and renders its questions — a 1–5
 * rating, a 0–10 likelihood to recommend (NPS), single and multiple choice (with "Other" and
 * its text where the survey allows it), free text with a counter, ideas for future events —
 * on one page or one question per screen (`layout="stepper"`). Required and optional questions
 * are marked; an anonymous survey says so and sends neither a name nor a member token; a named
 * one asks for a name and e-mail unless the page gives a member token. Each person answers
 * once: the server's "already answered" is a kind note, not an error. Validation follows the
 * contract, in English or Japanese; answers survive a reload; a retry never sends them twice.
 *
 * @summary A feedback survey: ratings, NPS, choices and free text, on one page or step by step.
 * @tag alumni-feedback-survey
 *
 * @attr {string} lang - `en` or `ja`; unset, the closest `lang` ancestor's, then `configure({ lang })`'s, then the browser's.
 *
 * @slot success - The thank-you shown after the answers were sent; replaces the default message.
 *
 * @csspart base - The card around everything.
 * @csspart status - The live region announcing that the survey loads.
 * @csspart title - The survey's title, or "Survey not found".
 * @csspart intro - The survey's description.
 * @csspart privacy - Whether the answers are anonymous or kept with the respondent's name.
 * @csspart notice - What replaces the form: not found, closed, or already answered.
 * @csspart retry - The button that loads the survey again after a failure.
 * @csspart form - The form.
 * @csspart progress - The stepper's heading: which question of how many.
 * @csspart progress-bar - The stepper's progress bar.
 * @csspart step - One screen of the stepper: a question, or the respondent's details.
 * @csspart field - The box of one question or field: label, hint, error and input.
 * @csspart group - A question of several inputs (a fieldset).
 * @csspart label - A question's or field's label or legend.
 * @csspart required - The "required" marker in a label.
 * @csspart hint - A question's help text.
 * @csspart error - A question's error message.
 * @csspart input - A text input or text area.
 * @csspart counter - A text area's characters left.
 * @csspart options - The row of stars or numbers of a rating or NPS question.
 * @csspart option - One choice with its label.
 * @csspart radio - A native radio.
 * @csspart checkbox - A native checkbox.
 * @csspart star - A star of a rating; `star on` up to the chosen rating.
 * @csspart star-number - The number under a star.
 * @csspart scale - What the ends of the NPS scale mean.
 * @csspart other - The box around the "Other" text input, shown while "Other" is chosen.
 * @csspart respondent - The respondent's name and e-mail, asked by named surveys without a member token.
 * @csspart error-summary - The list of problems shown at the top after a submit.
 * @csspart error-summary-title - The heading of the error summary.
 * @csspart message - A message while or after sending, or about loading: `message notice` (sending) or `message alert` (server error, offline, load failure).
 * @csspart actions - The box around the form's buttons.
 * @csspart back - The stepper's "Back" button.
 * @csspart next - The stepper's "Next" button.
 * @csspart submit - The submit button.
 * @csspart success - The box around the thank-you.
 *
 * @cssprop --alumni-color-text - Text colour.
 * @cssprop --alumni-color-muted - Colour of hints and secondary text.
 * @cssprop --alumni-color-surface - Background of the card.
 * @cssprop --alumni-color-field - Background of inputs and choices.
 * @cssprop --alumni-color-border - Border of inputs and choices.
 * @cssprop --alumni-color-accent - Buttons, links, chosen options, the progress bar.
 * @cssprop --alumni-color-on-accent - Text on the accent colour.
 * @cssprop --alumni-color-danger - Errors.
 * @cssprop --alumni-color-success - The thank-you's mark.
 * @cssprop --alumni-focus-ring-color - The focus outline.
 * @cssprop --alumni-focus-ring-width - The focus outline's width.
 * @cssprop --alumni-radius - Corner radius of the card, inputs and buttons.
 * @cssprop --alumni-spacing - The base spacing unit.
 * @cssprop --alumni-font-family - The font.
 * @cssprop --alumni-font-size - The base font size (px; rem would follow the host page's root size).
 *
 * @fires {AlumniSurveySubmittedEvent} alumni-survey-submitted - The server accepted the answers; `detail` is its receipt (`{ id, surveyId, anonymous, submittedAt }`).
 * @fires {AlumniSurveyFailedEvent} alumni-survey-failed - Sent answers did not succeed; `detail` is `{ error, problem }` (`problem.code` `already_answered` or `survey_closed` when refused).
 */
export class AlumniFeedbackSurvey extends LitElement {
  static override styles = [theme, sendingStyles, surveyStyles];

  static override properties = {
    surveyId: { attribute: 'survey', reflect: true },
    eventId: { attribute: 'event' },
    layout: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    memberToken: { attribute: 'member-token' },
    client: { attribute: false },
    backend: { attribute: false },
  };

  /** The id of the survey to show, e.g. `srv_reunion_feedback`. */
  declare surveyId: string | undefined;
  /** The event the answers are about, e.g. `evt_tokyo_reunion_2026`; unset, the survey's own event. */
  declare eventId: string | undefined;
  /** `page` (the default): every question on one page; `stepper`: one question per screen, with progress. */
  declare layout: 'page' | 'stepper';
  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Where the API lives, e.g. `https://alumni.example.com`. */
  declare apiBase: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** A member token signed by the host site: a named survey is answered as that member, without a name and e-mail; an anonymous one never sends it. */
  declare memberToken: string | undefined;
  /** A client to call instead of one built from `api-base` and `publishable-key` (used as it is, member token included). */
  declare client: ClientOf<SurveyRoutes> | undefined;
  /** An in-process backend to call instead of HTTP (e.g. `createMemoryBackend()`). */
  declare backend: BackendOf<SurveyRoutes> | undefined;

  // What the element has loaded; `load()` asks for a render when it changes them.
  private survey: Survey | undefined;
  private surveyForm: SurveyForm | undefined;
  private loadFailure: unknown = undefined;
  private loading = false;
  private request: AbortController | undefined;
  private formModule: Promise<typeof SurveyFormModule> | undefined;
  /** "Try again" was pressed: once loaded, the focus goes to what replaced the button. */
  private focusAfterLoad = false;

  private readonly internals = this.attachInternals();

  constructor() {
    super();
    this.layout = 'page';
  }

  /** Where the survey is (see `SurveyState`). */
  get state(): SurveyState {
    if (this.loading) return 'loading';
    if (this.surveyForm) return this.surveyForm.state;
    return this.loadFailure && !isUnknownSurvey(this.loadFailure) ? 'load-error' : 'not-found';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || RELOADING.some((name) => changed.has(name))) void this.load();
  }

  /**
   * The form's code: the form kit and the questions' controls. It loads while the survey does,
   * since nothing of the form can show before the survey arrives.
   */
  private loadFormModule(): Promise<typeof SurveyFormModule> {
    this.formModule ??= import('./survey-form.ts').catch((cause: unknown) => {
      this.formModule = undefined;
      throw new AlumniNetworkError('The survey form could not be fetched', { cause });
    });
    return this.formModule;
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const { surveyId } = this;
    this.survey = undefined;
    this.surveyForm = undefined;
    this.loadFailure = undefined;
    // Without an id there is nothing to load: the element says that there is no such survey.
    this.loading = Boolean(surveyId);
    this.requestUpdate();
    if (!surveyId) return;
    try {
      const [survey, { SurveyForm }] = await Promise.all([
        surveyClient(this, resolveLocale(this)).getSurvey(
          { params: { surveyId } },
          { signal: request.signal },
        ),
        this.loadFormModule(),
      ]);
      if (request.signal.aborted) return;
      this.survey = survey;
      this.surveyForm = new SurveyForm(this, survey);
    } catch (error) {
      if (request.signal.aborted) return;
      // Not an answer of the API: a misconfiguration or a bug, which the page's developer needs to see.
      if (!problemOf(error) && errorName(error) !== 'AlumniNetworkError') console.error(error);
      this.loadFailure = error;
    }
    this.loading = false;
    this.requestUpdate();
  }

  protected override updated(): void {
    const { states } = this.internals;
    states.clear();
    states.add(this.state);
    this.surveyForm?.updated();
    if (this.focusAfterLoad && !this.loading) {
      this.focusAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="retry"], [part~="title"]')?.focus();
    }
  }

  private readonly retry = (): void => {
    this.focusAfterLoad = true;
    void this.load();
  };

  protected override render() {
    const locale = resolveLocale(this);
    const t = surveyStrings[locale];
    return html`<div part="base" lang=${locale}>
      <p part="status" role="status">${this.loading ? t.loading : ''}</p>
      ${this.renderContent(t, locale)}
    </div>`;
  }

  private renderContent(t: SurveyStrings, locale: Locale): TemplateResult | typeof nothing {
    const { survey, surveyForm } = this;
    switch (this.state) {
      case 'loading':
        return nothing;
      case 'not-found':
        return html`<div part="notice">
          <h2 part="title" tabindex="-1">${t.notFoundTitle}</h2>
          <p>${t.notFound}</p>
        </div>`;
      case 'load-error':
        return html`<div part="message alert" role="alert">
          <p>${errorName(this.loadFailure) === 'AlumniNetworkError' ? t.loadOffline : t.loadError}</p>
          <button part="retry" type="button" @click=${this.retry}>${t.reload}</button>
        </div>`;
    }
    if (!survey || !surveyForm) return nothing;
    return html`<h2 part="title" id="title" tabindex="-1">${survey.title}</h2>
      ${survey.description ? html`<p part="intro">${survey.description}</p>` : nothing}
      ${surveyForm.render(locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alumni-feedback-survey': AlumniFeedbackSurvey;
  }
}
