import { AlumniApiError, AlumniNetworkError } from '@alumni-kit/client';
import { createProblem } from '@alumni-kit/contract';
import type { FormControl } from '../../src/form-kit/form-control.ts';

/** An element whose shadow root holds form-kit controls; `state` says where it is. */
export type FormElement = HTMLElement & { state: string; updateComplete: Promise<boolean> };

const root = (element: HTMLElement) => element.shadowRoot as ShadowRoot;

export const control = (element: HTMLElement, name: string) =>
  root(element).querySelector(`[name="${name}"]`) as FormControl<unknown>;

export const part = (element: HTMLElement, name: string) =>
  root(element).querySelector(`[part~="${name}"]`) as HTMLElement;

/** The focused element inside the element's shadow root. */
export const focused = (element: HTMLElement) => root(element).activeElement;

/** Gives controls values as a person would (an `input` event from each), then waits for the render. */
export async function fill(
  element: HTMLElement & { updateComplete: Promise<boolean> },
  values: Record<string, unknown>,
): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const target = control(element, name);
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
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

/** Waits until the form is no longer sending. */
export const settled = (form: FormElement) => left(form, 'submitting');

/** Clicks the submit button and waits until the form is no longer sending. */
export async function submit(form: FormElement): Promise<void> {
  part(form, 'submit').click();
  await settled(form);
}

/** A promise and the function that settles it, to hold a backend's answer. */
export function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** What the browser's fetch throws when the server cannot be reached. */
export const networkError = () => new AlumniNetworkError('Failed to fetch');

/** What the client throws when the server failed (503): worth trying again. */
export const serverError = () => new AlumniApiError(createProblem({ status: 503, code: 'internal_error' }));

/** The idempotency key of each recorded call. */
export const keysOf = (calls: readonly { context: { idempotencyKey?: string } }[]) =>
  calls.map((call) => call.context.idempotencyKey);

/**
 * What a recorder does with one call: `'ok'` passes it on; an error is thrown before it
 * arrives; `{ lost }` passes it on, then throws `lost` (the backend acted, the page never
 * heard); `{ hold }` passes it on once the promise settles.
 */
export type Step = 'ok' | Error | { lost: unknown } | { hold: Promise<void> };

/** One call a recorder saw, and what the backend answered, once it did. */
export interface RecordedCall<I, C> {
  input: I;
  context: C;
  result?: unknown;
}

/** `operation` behind a recorder that records each call and lets the next step of `script` decide it. */
export function scripted<I, C, O>(operation: (input: I, context: C) => Promise<O>, script: Step[] = []) {
  const calls: RecordedCall<I, C>[] = [];
  const run = async (input: I, context: C): Promise<O> => {
    const call: RecordedCall<I, C> = { input, context };
    calls.push(call);
    const step = script.shift() ?? 'ok';
    if (step instanceof Error) throw step;
    if (step !== 'ok' && 'hold' in step) await step.hold;
    const result = await operation(input, context);
    call.result = result;
    if (step !== 'ok' && 'lost' in step) throw step.lost;
    return result;
  };
  return { run, calls };
}
