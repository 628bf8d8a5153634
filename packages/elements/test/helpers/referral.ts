import { createMemoryBackend, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import type { BackendOf } from '@alumni-kit/client';
import type { ReferralRequest } from '@alumni-kit/contract';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AlumniReferralForm, ReferralRoutes } from '../../src/referral/alumni-referral-form.ts';
import '../../src/referral/define.ts';
import { left, scripted, type Step } from './form.ts';

export type ReferralBackend = BackendOf<ReferralRoutes>;

/** The values of a valid referral, by control name: a former colleague for the backend role. */
export const VALID = {
  roleId: DEMO_IDS.roles.backendEngineer,
  'candidate.name': 'Grace Hopper',
  'candidate.email': 'grace.hopper@example.org',
  relationship: 'former-colleague',
  knownFor: '3-5-years',
  'referrer.name': 'Ada Lovelace',
  'referrer.email': 'ada@example.com',
  candidateConsent: true,
};

/** The request `VALID` makes, as another referrer might have sent it earlier. */
export const VALID_BODY: ReferralRequest = {
  referrer: { name: 'Mary Jackson', email: 'mary@example.com' },
  roleId: VALID.roleId,
  candidate: { name: VALID['candidate.name'], email: VALID['candidate.email'] },
  relationship: 'friend',
  knownFor: 'over-5-years',
  candidateConsent: true,
};

/**
 * The in-memory backend (demo roles included), behind recorders: `referrals` scripts the
 * referrals sent, `roles` the loads of the open roles.
 */
export function recordingBackend(referrals: Step[] = [], roles: Step[] = []) {
  const memory = createMemoryBackend();
  const sent = scripted(memory.createReferral, referrals);
  const listed = scripted(memory.listRoles, roles);
  const backend: ReferralBackend = { createReferral: sent.run, listRoles: listed.run };
  return { backend, calls: sent.calls, roleLoads: listed.calls, referredBefore };

  /** Stores `VALID_BODY` directly, so that sending `VALID` again is a duplicate. */
  async function referredBefore(): Promise<void> {
    await memory.createReferral({ body: VALID_BODY }, { locale: 'en' });
  }
}

/** A referral form from `template`, once its open roles are loaded (or failed to). */
export async function referralFixture(template: TemplateResult): Promise<AlumniReferralForm> {
  const form = await fixture<AlumniReferralForm>(template);
  await left(form, 'loading-roles');
  return form;
}

export const defaultReferral = (backend: ReferralBackend, lang = 'en') =>
  referralFixture(
    html`<alumni-referral-form
      lang=${lang}
      privacy-url="https://example.com/candidate-notice"
      .backend=${backend}
    ></alumni-referral-form>`,
  );
