import { createMemoryBackend, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import type { BackendOf } from '@alumni-kit/client';
import type { ReferralRequest } from '@alumni-kit/contract';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FormControl } from '../../src/form-kit/form-control.ts';
import type { AlumniReferralForm, ReferralRoutes } from '../../src/referral/alumni-referral-form.ts';
import '../../src/referral/define.ts';

export type ReferralBackend = BackendOf<ReferralRoutes>;
type Operation = ReferralBackend['createReferral'];
export type Call = { input: Parameters<Operation>[0]; context: Parameters<Operation>[1] };

/**
 * What the recorder does with one call: `'ok'` passes it on, an error is thrown before it
 * arrives, `{ lost }` passes it on and then loses the answer (the referral was stored, the page
 * never heard), and `{ hold }` passes it on once the promise settles.
 */
export type Step = unknown;

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

const isStep = <K extends string>(step: unknown, key: K): step is Record<K, unknown> =>
  typeof step === 'object' && step !== null && key in step;

/** `operation` behind a recorder that records each call and lets the next step of `script` decide it. */
function scripted<I, C, O>(operation: (input: I, context: C) => Promise<O>, script: Step[]) {
  const calls: { input: I; context: C }[] = [];
  const run = async (input: I, context: C): Promise<O> => {
    calls.push({ input, context });
    const step = script.shift() ?? 'ok';
    if (isStep(step, 'hold')) await step.hold;
    else if (isStep(step, 'lost')) {
      await operation(input, context);
      throw step.lost;
    } else if (step !== 'ok') throw step;
    return operation(input, context);
  };
  return { run, calls };
}

/**
 * The in-memory backend (demo roles included), behind recorders: `referrals` scripts the
 * referrals sent, `roles` the loads of the open roles.
 */
export function recordingBackend(referrals: Step[] = [], roles: Step[] = []) {
  const memory = createMemoryBackend();
  const sent = scripted(memory.createReferral, referrals);
  const listed = scripted(memory.listRoles, roles);
  const backend: ReferralBackend = { createReferral: sent.run, listRoles: listed.run };
  return { backend, calls: sent.calls as Call[], roleLoads: listed.calls, referredBefore };

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

/** A form element of the kit: its shadow root holds its controls, `state` says where it is. */
type FormElement = HTMLElement & { state: string; updateComplete: Promise<boolean> };

const root = (form: FormElement) => form.shadowRoot as ShadowRoot;

export const control = (form: FormElement, name: string) =>
  root(form).querySelector(`[name="${name}"]`) as FormControl<unknown>;

export const part = (form: FormElement, name: string) =>
  root(form).querySelector(`[part~="${name}"]`) as HTMLElement;

/** Gives controls values as a person would (an `input` event from each), then waits for the render. */
export async function fill(form: FormElement, values: Record<string, unknown>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const target = control(form, name);
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

/** Waits until the form leaves `state` (5 s at most) and it and its controls have rendered. */
export async function left(form: FormElement, state: string): Promise<void> {
  for (let wait = 0; form.state === state; wait++) {
    if (wait > 250) throw new Error(`${form.localName} is still ${state} after 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await form.updateComplete;
  const named = [...root(form).querySelectorAll('[name]')] as { updateComplete?: Promise<boolean> }[];
  await Promise.all(named.map((each) => each.updateComplete));
}

/** Waits until the referral is no longer sending. */
export const settled = (form: FormElement) => left(form, 'submitting');

/** Clicks the submit button and waits until the referral is no longer sending. */
export async function submit(form: FormElement): Promise<void> {
  part(form, 'submit').click();
  await settled(form);
}

/** The focused element inside the form's shadow root. */
export const focused = (form: FormElement) => root(form).activeElement;

/** A promise and the function that settles it, to hold a backend's answer. */
export function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}
