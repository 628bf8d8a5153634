import type { BackendOf } from '@alumni-kit/client';
import { createMemoryBackend } from '@alumni-kit/client/memory-backend';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FormControl } from '../../src/form-kit/form-control.ts';
import type { AlumniSignup, SignupRoutes } from '../../src/signup/alumni-signup.ts';
import '../../src/signup/define.ts';

export type SignupBackend = BackendOf<SignupRoutes>;
type Operation = SignupBackend['createSignup'];
export type Call = { input: Parameters<Operation>[0]; context: Parameters<Operation>[1] };

/** The values of a valid alumni signup, by control name. */
export const VALID_ALUMNI = { name: 'Ada Lovelace', email: 'ada@example.com', 'consent.accepted': true };

/**
 * The in-memory backend, behind a recorder: each attempt is recorded, and the next entry of
 * `script` decides it: `'ok'` passes it on, an error is thrown before it arrives, `{ lost }`
 * passes it on and then loses the answer (the member was created, the page never heard), and
 * `{ hold }` passes it on once the promise settles.
 */
export function recordingBackend(script: (unknown | { lost: unknown } | { hold: Promise<void> })[] = []) {
  const memory = createMemoryBackend();
  const calls: Call[] = [];
  const backend: SignupBackend = {
    createSignup: async (input, context) => {
      calls.push({ input, context });
      const step = script.shift() ?? 'ok';
      if (step === 'ok') return memory.createSignup(input, context);
      if (typeof step === 'object' && step !== null && 'hold' in step) {
        await step.hold;
        return memory.createSignup(input, context);
      }
      if (typeof step === 'object' && step !== null && 'lost' in step) {
        await memory.createSignup(input, context);
        throw step.lost;
      }
      throw step;
    },
  };
  return { backend, calls };
}

export const signupFixture = (template: TemplateResult) => fixture<AlumniSignup>(template);

export const defaultSignup = (backend: SignupBackend, lang = 'en') =>
  signupFixture(
    html`<alumni-signup
      lang=${lang}
      privacy-url="https://example.com/privacy"
      privacy-version="2026-04"
      .backend=${backend}
    ></alumni-signup>`,
  );

const root = (signup: AlumniSignup) => signup.shadowRoot as ShadowRoot;

export const control = (signup: AlumniSignup, name: string) =>
  root(signup).querySelector(`[name="${name}"]`) as FormControl<unknown>;

export const part = (signup: AlumniSignup, name: string) =>
  root(signup).querySelector(`[part~="${name}"]`) as HTMLElement;

/** Gives controls values as a person would (an `input` event from each), then waits for the render. */
export async function fill(signup: AlumniSignup, values: Record<string, unknown>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const target = control(signup, name);
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await signup.updateComplete;
}

/** Clicks the submit button and waits until the signup is no longer sending. */
export async function submit(signup: AlumniSignup): Promise<void> {
  part(signup, 'submit').click();
  await settled(signup);
}

export async function settled(signup: AlumniSignup): Promise<void> {
  for (let wait = 0; signup.state === 'submitting'; wait++) {
    if (wait > 250) throw new Error('The signup is still sending after 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await signup.updateComplete;
}

/** The focused element inside the signup's shadow root. */
export const focused = (signup: AlumniSignup) => root(signup).activeElement;

/** A promise and the function that settles it, to hold a backend's answer. */
export function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}
