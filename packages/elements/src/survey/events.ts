import type { Problem, SurveyResponseReceipt } from '@alumni-kit/contract';

/** Fired when the server accepted the answers; `detail` is its receipt (`{ id, surveyId, anonymous, submittedAt }`). */
export class AlumniSurveySubmittedEvent extends CustomEvent<SurveyResponseReceipt> {
  constructor(receipt: SurveyResponseReceipt) {
    super('alumni-survey-submitted', { detail: receipt, bubbles: true, composed: true });
  }
}

/** What a failed response carries: the error, and the server's problem details when it answered. */
export interface SurveyFailure {
  error: unknown;
  problem: Problem | undefined;
}

/** Fired when answers were sent and did not succeed (refused, failed, or no answer). */
export class AlumniSurveyFailedEvent extends CustomEvent<SurveyFailure> {
  constructor(failure: SurveyFailure) {
    super('alumni-survey-failed', { detail: failure, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'alumni-survey-submitted': AlumniSurveySubmittedEvent;
    'alumni-survey-failed': AlumniSurveyFailedEvent;
  }
}
