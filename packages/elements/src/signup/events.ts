import type { Problem, SignupResult } from '@alumni-kit/contract';

/** Fired when the server accepted the signup; `detail` is its answer: the member and whether an invitation was accepted. */
export class AlumniSignupSubmittedEvent extends CustomEvent<SignupResult> {
  constructor(result: SignupResult) {
    super('alumni-signup-submitted', { detail: result, bubbles: true, composed: true });
  }
}

/** What a failed signup carries: the error, and the server's problem details when it answered. */
export interface SignupFailure {
  error: unknown;
  problem: Problem | undefined;
}

/** Fired when a signup was sent and did not succeed (refused, failed, or no answer). */
export class AlumniSignupFailedEvent extends CustomEvent<SignupFailure> {
  constructor(failure: SignupFailure) {
    super('alumni-signup-failed', { detail: failure, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'alumni-signup-submitted': AlumniSignupSubmittedEvent;
    'alumni-signup-failed': AlumniSignupFailedEvent;
  }
}
