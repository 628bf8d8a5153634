import { createIdempotencyKey } from '@alumni-kit/client';
import type { FieldError, Locale, Problem } from '@alumni-kit/contract';
import type { LitElement } from 'lit';
import { draftStore, type DraftStore, type Submission } from '../draft/draft-store.ts';
import type { SummaryEntry } from './error-summary.ts';
import type { FormControl } from './form-control.ts';
import { applyValues, controlOf, controlsOf, placeErrors, readValues } from './form-values.ts';

/**
 * Where a form is: `rejected` is a refusal that sending the same again cannot change (a
 * problem such as `already_member`); `failed` (the server failed) and `offline` (no answer)
 * keep the submission, so that trying again reuses its idempotency key.
 */
export type FormState = 'idle' | 'invalid' | 'submitting' | 'success' | 'rejected' | 'failed' | 'offline';

type Control = FormControl<unknown>;

/** The contract's rules of a request body: every field error of `body`, in `locale`. */
export interface FormRules {
  check(body: unknown, locale: Locale): readonly FieldError[];
}

export interface FormFlowOptions<R, M extends FormRules> {
  /**
   * Imports the rules (`() => import('./rules.ts')`). They carry zod and every message, so an
   * element renders without them: they load when the person starts filling in the form.
   */
  rules: () => Promise<M>;
  /**
   * Body fields the page fills in rather than the person (attribution): refused, they are left
   * out instead of being shown as errors nobody can fix.
   */
  bestEffort?: readonly string[];
  /** Which of the element's forms this is, when it has several (the event replied to): drafts are kept apart. */
  draftScope?: string;
  /** The request body from the values by control name and how long the form has been open. */
  body(values: Record<string, unknown>, fillTimeMs: number): unknown;
  send(submission: Submission, locale: Locale): Promise<R>;
  succeeded(result: R): void;
  failed(error: unknown, problem: Problem | undefined): void;
}

/** Statuses worth sending the same submission again for (beside every 5xx). */
const RETRYABLE_STATUSES = [408, 429];

const errorName = (error: unknown) => (error as Error | undefined)?.name;

/** Field errors of a refused input: the client's check or the server's problem, not a bad response. */
const fieldErrorsOf = (error: unknown): readonly FieldError[] =>
  errorName(error) === 'AlumniApiError' || errorName(error) === 'AlumniValidationError'
    ? (error as { fieldErrors: readonly FieldError[] }).fieldErrors
    : [];

function isRetryable(problem: Problem): boolean {
  return (
    problem.status >= 500 ||
    RETRYABLE_STATUSES.includes(problem.status) ||
    problem.code === 'idempotency_key_in_use'
  );
}

/** The body without the best-effort fields that `errors` refuse. */
function withoutRefused(body: unknown, errors: readonly FieldError[], bestEffort: readonly string[]) {
  const refused = bestEffort.filter((key) =>
    errors.some(({ path }) => path === key || path.startsWith(`${key}.`)),
  );
  return Object.fromEntries(Object.entries(body as object).filter(([key]) => !refused.includes(key)));
}

/**
 * What every form element does with its form-kit controls: validates the body with the
 * contract's schema (messages in the element's language), shows each error on its field and in
 * a summary, then moves focus to the first invalid field; sends one logical submission at a time
 * (a second click while sending does nothing) with an idempotency key created before the first
 * attempt and reused by every retry; keeps a draft of the values and the pending submission in
 * sessionStorage, restored on reload and cleared on success; maps server field errors onto
 * their fields.
 */
export class FormFlow<R, M extends FormRules = FormRules> {
  state: FormState = 'idle';
  /** The errors of the last submit, for the error summary. */
  summary: SummaryEntry[] = [];
  /** The problem the server answered a refused submission with. */
  problem: Problem | undefined;
  result: R | undefined;

  private readonly host: LitElement;
  private readonly options: FormFlowOptions<R, M>;
  private readonly openedAt = Date.now();
  private submission: Submission | undefined;
  private draft: DraftStore | undefined;
  private rules: Promise<M> | undefined;
  private loadedRules: M | undefined;

  constructor(host: LitElement, options: FormFlowOptions<R, M>) {
    this.host = host;
    this.options = options;
  }

  /** Starts loading the rules (when the person starts filling in the form); a failure shows on submit. */
  readonly prepare = (): void => {
    this.loadRules().catch(() => undefined);
  };

  /** The rules, loading them on the first call; a failed load is tried again on the next. */
  loadRules(): Promise<M> {
    this.rules ??= this.options.rules().then(
      (rules) => (this.loadedRules = rules),
      (error: unknown) => {
        this.rules = undefined;
        throw error;
      },
    );
    return this.rules;
  }

  /** Puts back this element's draft, if one was saved; true when there was one. */
  restore(form: HTMLFormElement): boolean {
    this.draft = draftStore(this.host, { scope: this.options.draftScope });
    const draft = this.draft.load();
    if (!draft) return false;
    applyValues(controlsOf(form), draft.values);
    this.submission = draft.submission;
    return true;
  }

  /**
   * After the user changed a value: changed values make a new submission (a new key), the
   * draft is saved, and a field that showed an error shows the contract's verdict on it now.
   */
  changed(form: HTMLFormElement, control: Control | undefined, locale: Locale): void {
    this.submission = undefined;
    const controls = controlsOf(form);
    const rules = this.loadedRules;
    // A field shows an error only after a submit, which loaded the rules.
    if (control?.error && rules) placeErrors([control], rules.check(this.body(controls), locale));
    this.save(controls);
  }

  /** The form's `input` listener: `changed`, for the control the event came from. */
  inputListener(locale: Locale): (event: Event) => void {
    return (event) => this.changed(event.currentTarget as HTMLFormElement, controlOf(event), locale);
  }

  /** The form's `submit` listener: the flow submits it instead of the browser. */
  submitListener(locale: Locale): (event: SubmitEvent) => void {
    return (event) => {
      event.preventDefault();
      void this.submit(event.currentTarget as HTMLFormElement, locale);
    };
  }

  async submit(form: HTMLFormElement, locale: Locale): Promise<void> {
    if (this.state === 'submitting') return;
    // From the click on, even while the rules load: a second click does nothing.
    this.set('submitting');
    const controls = controlsOf(form);
    if (!this.submission) {
      let rules: M;
      try {
        rules = await this.loadRules();
      } catch {
        // The rules could not be fetched: the network is down. Nothing was sent; every value stays.
        return this.set('offline');
      }
      const body = this.validBody(rules, controls, locale);
      if (!body.ok) return this.showErrors(controls, body.errors);
      this.submission = { idempotencyKey: createIdempotencyKey(), body: body.data };
      this.save(controls);
    }
    let result: R;
    try {
      result = await this.options.send(this.submission, locale);
    } catch (error) {
      return this.fail(controls, error);
    }
    this.submission = undefined;
    this.result = result;
    this.draft?.clear();
    this.set('success');
    this.options.succeeded(result);
  }

  private body(controls: readonly Control[]): unknown {
    return this.options.body(readValues(controls), Date.now() - this.openedAt);
  }

  /** The body to send (the values as the person gave them), or the field errors the rules find. */
  private validBody(rules: M, controls: readonly Control[], locale: Locale) {
    let body = this.body(controls);
    let errors = rules.check(body, locale);
    const { bestEffort = [] } = this.options;
    if (errors.length && bestEffort.length) {
      body = withoutRefused(body, errors, bestEffort);
      errors = rules.check(body, locale);
    }
    return errors.length ? { ok: false as const, errors } : { ok: true as const, data: body };
  }

  private set(state: FormState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private save(controls: readonly Control[]): void {
    this.draft?.save({ values: readValues(controls), submission: this.submission });
  }

  /**
   * Shows field errors on the form's controls as they are now, with the summary and the focus:
   * for an element that re-rendered its controls after a refusal (a policy at a new version).
   */
  showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): Promise<void> {
    return this.showErrors(controlsOf(form), errors);
  }

  private async showErrors(controls: readonly Control[], errors: readonly FieldError[]): Promise<void> {
    const unplaced = placeErrors(controls, errors);
    const invalid = controls.filter((control) => control.error);
    this.summary = [
      ...invalid.map((control) => ({ control, text: `${control.label}: ${control.error}` })),
      ...unplaced.map(({ path, message }) => ({ text: path ? `${path}: ${message}` : message })),
    ];
    this.set('invalid');
    await this.host.updateComplete;
    if (invalid[0]) invalid[0].focus();
    else this.host.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  private async fail(controls: readonly Control[], error: unknown): Promise<void> {
    const problem =
      errorName(error) === 'AlumniApiError' ? (error as { problem: Problem }).problem : undefined;
    this.problem = problem;
    const fieldErrors = fieldErrorsOf(error);
    if (fieldErrors.length > 0) {
      this.submission = undefined;
      await this.showErrors(controls, fieldErrors);
    } else if (errorName(error) === 'AlumniNetworkError') {
      this.set('offline');
    } else if (problem && !isRetryable(problem)) {
      this.submission = undefined;
      this.set('rejected');
    } else {
      // Not an answer of the API: a misconfiguration or a bug, which the page's developer needs to see.
      if (!problem) console.error(error);
      this.set('failed');
    }
    this.save(controls);
    this.options.failed(error, problem);
  }
}
