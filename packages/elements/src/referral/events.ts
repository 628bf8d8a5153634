import type { Problem, Referral } from '@alumni-kit/contract';

/** Fired when the server accepted the referral; `detail` is its answer: the referral, and whether the candidate was notified. */
export class AlumniReferralSubmittedEvent extends CustomEvent<Referral> {
  constructor(referral: Referral) {
    super('alumni-referral-submitted', { detail: referral, bubbles: true, composed: true });
  }
}

/** What a failed referral carries: the error, and the server's problem details when it answered. */
export interface ReferralFailure {
  error: unknown;
  problem: Problem | undefined;
}

/** Fired when a referral was sent and did not succeed (refused, a duplicate, failed, or no answer). */
export class AlumniReferralFailedEvent extends CustomEvent<ReferralFailure> {
  constructor(failure: ReferralFailure) {
    super('alumni-referral-failed', { detail: failure, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'alumni-referral-submitted': AlumniReferralSubmittedEvent;
    'alumni-referral-failed': AlumniReferralFailedEvent;
  }
}
