import { AlumniApiError } from '@alumni-kit/client';
import {
  isSurveyClosed,
  type FieldError,
  type Locale,
  type Problem,
  type Survey,
  type SurveyResponseReceipt,
  type SurveyResponseRequest,
} from '@alumni-kit/contract';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { memberTokenOf } from '../config/configure.ts';
import type { ClientSettings } from '../config/element-client.ts';
import { choiceStyles } from '../form-kit/choice-styles.ts';
import { contactFields } from '../form-kit/contact-fields.ts';
import { errorSummary } from '../form-kit/error-summary.ts';
import { FormFlow } from '../form-kit/form-flow.ts';
import { controlsOf, readValues } from '../form-kit/form-values.ts';
import { NpsField } from '../form-kit/nps-field.ts';
import { RatingField } from '../form-kit/rating-field.ts';
import { sendingMessage, submitButton } from '../form-kit/sending.ts';
import { kitStrings } from '../form-kit/strings.ts';
import { formKitStyles } from '../form-kit/styles.ts';
import { TextareaField } from '../form-kit/textarea-field.ts';
import { TextField } from '../form-kit/text-field.ts';
import { register } from '../registry/register.ts';
import { byQuestion, responseBody } from './answers.ts';
import { ChoiceAnswerField } from './choice-answer-field.ts';
import { AlumniSurveyFailedEvent, AlumniSurveySubmittedEvent } from './events.ts';
import { formStrings, type FormStrings } from './form-strings.ts';
import { formStyles } from './form-styles.ts';
import { alreadyAnsweredNotice, closedNotice, thanks } from './outcomes.ts';
import { questionControl } from './questions.ts';
import { Stepper } from './stepper.ts';
import { surveyClient, type SurveyRoutes } from './survey-client.ts';

/** The element the form lives in: it reaches the API and says how to lay the questions out. */
export interface SurveyHost extends LitElement, ClientSettings<SurveyRoutes> {
  layout: 'page' | 'stepper';
  eventId: string | undefined;
}

/** Where the form is, from before the first submit to what the server answered. */
export type SurveyFormState =
  'idle' | 'invalid' | 'submitting' | 'success' | 'already-answered' | 'closed' | 'server-error' | 'offline';

/** States that replace the form with a message that takes the focus. */
const OUTCOMES: readonly SurveyFormState[] = ['success', 'already-answered', 'closed'];

const problemOf = (error: unknown) =>
  (error as Error | undefined)?.name === 'AlumniApiError'
    ? (error as { problem: Problem }).problem
    : undefined;

/**
 * The form of one loaded survey: its questions on a page or in a stepper, who is answering
 * (nobody for an anonymous survey, the member token's holder, or a name and e-mail), and what
 * replaces it after sending. Its code (the form kit, the questions' controls) loads while the
 * survey itself does; one `FormFlow` per survey validates with the contract's rules loaded on
 * first use, sends one idempotency key per response and keeps a draft under the survey's id.
 */
export class SurveyForm {
  private readonly host: SurveyHost;
  private readonly survey: Survey;
  private readonly flow: FormFlow<SurveyResponseReceipt>;
  private readonly stepper: Stepper;
  /** The survey had closed before it was shown: there is no form at all. */
  private readonly closedOnLoad: boolean;
  private restored = false;

  /** Defines the controls the questions use and adds the form's styles to the host's shadow root. */
  constructor(host: SurveyHost, survey: Survey) {
    this.host = host;
    this.survey = survey;
    this.closedOnLoad = isSurveyClosed(survey, new Date());
    this.stepper = new Stepper(host);
    register('alumni-text-field', TextField);
    register('alumni-textarea-field', TextareaField);
    register('alumni-rating-field', RatingField);
    register('alumni-nps-field', NpsField);
    register('alumni-choice-answer-field', ChoiceAnswerField);
    const root = host.shadowRoot as ShadowRoot;
    const sheets = [formKitStyles, choiceStyles, formStyles].map(
      (styles) => styles.styleSheet as CSSStyleSheet,
    );
    root.adoptedStyleSheets = [
      ...root.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet)),
      ...sheets,
    ];
    this.flow = new FormFlow<SurveyResponseReceipt>(host, {
      rules: async () => (await import('./rules.ts')).surveyRules(survey),
      draftScope: survey.id,
      body: (values, fillTimeMs) => this.body(values, fillTimeMs),
      send: (submission, locale) => this.send(submission.body, submission.idempotencyKey, locale),
      succeeded: (receipt) => {
        host.dispatchEvent(new AlumniSurveySubmittedEvent(receipt));
        void this.focusOutcome();
      },
      failed: (error, problem) => {
        host.dispatchEvent(new AlumniSurveyFailedEvent({ error, problem }));
        void this.focusOutcome();
      },
    });
  }

  get state(): SurveyFormState {
    if (this.closedOnLoad) return 'closed';
    const { state, problem } = this.flow;
    switch (state) {
      case 'rejected':
        if (problem?.code === 'already_answered') return 'already-answered';
        return problem?.code === 'survey_closed' ? 'closed' : 'server-error';
      case 'failed':
        return 'server-error';
      default:
        return state;
    }
  }

  /** Whether the page vouches for the respondent with a member token. */
  private get member(): boolean {
    return Boolean(memberTokenOf(this.host));
  }

  /** Whether the answers go with a name and e-mail typed into the form. */
  private get asksRespondent(): boolean {
    return !this.survey.anonymous && !this.member;
  }

  private get form(): HTMLFormElement | null | undefined {
    return this.host.shadowRoot?.querySelector('form');
  }

  private body(values: Record<string, unknown>, fillTimeMs: number): SurveyResponseRequest {
    const context = { eventId: this.host.eventId, respondent: this.asksRespondent };
    return responseBody(this.survey, values, context, fillTimeMs);
  }

  private async send(body: unknown, idempotencyKey: string, locale: Locale): Promise<SurveyResponseReceipt> {
    const { survey } = this;
    const client = surveyClient(this.host, locale, { identified: !survey.anonymous });
    try {
      return await client.createSurveyResponse(
        { params: { surveyId: survey.id }, body: body as SurveyResponseRequest },
        { idempotencyKey },
      );
    } catch (error) {
      // The server names answers by their index in the body; the form, by their question.
      const problem = problemOf(error);
      if (!problem?.errors.length) throw error;
      throw new AlumniApiError({ ...problem, errors: byQuestion(problem.errors, body) }, { cause: error });
    }
  }

  /** The contract's errors of the answers so far, for the stepper's Next; none while the rules cannot load (the submit checks again). */
  private async errorsSoFar(form: HTMLFormElement, locale: Locale): Promise<readonly FieldError[]> {
    try {
      const rules = await this.flow.loadRules();
      return rules.check(this.body(readValues(controlsOf(form)), 0), locale);
    } catch {
      return [];
    }
  }

  private async submit(form: HTMLFormElement, locale: Locale): Promise<void> {
    await this.flow.submit(form, locale);
    if (this.host.layout === 'stepper' && this.flow.state === 'invalid') {
      await this.stepper.showFirstError(form);
    }
  }

  /** Moves the focus to what replaced the form (the thank-you, already answered, closed), if anything did. */
  private async focusOutcome(): Promise<void> {
    await this.host.updateComplete;
    if (!OUTCOMES.includes(this.state)) return;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="success"], [part~="notice"]')?.focus();
  }

  /** After the host rendered: puts back the survey's draft once its form is there. */
  updated(): void {
    const form = this.form;
    if (form && !this.restored) {
      this.restored = true;
      this.flow.restore(form);
    }
  }

  render(locale: Locale): TemplateResult {
    const t = formStrings[locale];
    switch (this.state) {
      case 'closed':
        return closedNotice(this.survey, t, locale);
      case 'already-answered':
        return alreadyAnsweredNotice(t);
      case 'success':
        return thanks(this.survey, t);
      default:
        return this.renderForm(t, locale);
    }
  }

  private renderForm(t: FormStrings, locale: Locale): TemplateResult {
    const { survey, flow, stepper } = this;
    const state = this.state;
    const inSteps = this.host.layout === 'stepper';
    const questions = survey.questions.map((question) => questionControl(question, { t, locale }));
    const respondent = this.asksRespondent ? respondentFields(t, locale) : undefined;
    const steps = respondent ? [...questions, respondent] : questions;
    const submit = submitButton(t, state);

    return html`<p part="privacy">${survey.anonymous ? t.anonymous : this.member ? t.asMember : t.named}</p>
      <div
        role="status"
        @click=${inSteps ? { handleEvent: stepper.followSummaryLink, capture: true } : nothing}
      >
        ${state === 'invalid' ? errorSummary(kitStrings[locale].summaryTitle, flow.summary) : nothing}
      </div>
      <form
        part="form"
        novalidate
        aria-labelledby="title"
        @focusin=${flow.prepare}
        @input=${flow.inputListener(locale)}
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          const form = event.currentTarget as HTMLFormElement;
          if (inSteps && !stepper.isLast(steps.length)) {
            void stepper.next(form, () => this.errorsSoFar(form, locale));
          } else {
            void this.submit(form, locale);
          }
        }}
      >
        ${inSteps ? stepper.render(steps, t, Boolean(respondent)) : steps}
        <div role="status">${sendingMessage(t, state)}</div>
        <div part="actions" @click=${ignoreRepeatedClick}>
          ${inSteps ? stepper.buttons(steps.length, t, submit) : submit}
        </div>
      </form>`;
  }
}

/** The respondent's name and e-mail, for a named survey answered without a member token. */
const respondentFields = (t: FormStrings, locale: Locale) =>
  html`<fieldset part="respondent">
    <legend part="label">${t.aboutYou}</legend>
    ${contactFields('respondent', t, locale)}
  </fieldset>`;

/** The second click of a double click (`detail` counts clicks) is ignored: it would press the button that replaced the first (Next, then Send). */
function ignoreRepeatedClick(event: MouseEvent): void {
  if (event.detail > 1) event.preventDefault();
}
