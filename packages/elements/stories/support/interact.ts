import { expect, userEvent, waitFor } from 'storybook/test';

/** An element of the kit: its shadow root holds its parts and controls, `state` says where it is. */
export type KitElement = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** The story's element. */
export function storyElement(canvasElement: HTMLElement, tag: string): KitElement {
  const element = canvasElement.querySelector<KitElement>(tag);
  if (!element) throw new Error(`The story has no <${tag}>`);
  return element;
}

/** The first box of `root` (a shadow root, a dialog) that has the part `name`. */
export function part(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part "${name}"`);
  return found;
}

/** The shadow root of the kit's element. */
export const shadow = (element: KitElement): ShadowRoot => element.shadowRoot as ShadowRoot;

/** Waits (5 s at most) until `check` passes; else fails saying `expected`, not with a dump of the page. */
export const until = <T>(check: () => T, expected: string): Promise<T> =>
  waitFor(check, { timeout: 5000, onTimeout: () => new Error(`Not after 5 s: ${expected}`) });

/** Waits until the element is in `state`, and it has rendered. */
export async function reached(element: KitElement, state: string): Promise<void> {
  await until(() => expect(element.state).toBe(state), `<${element.localName}> ${state}`);
  await element.updateComplete;
}

/** Gives the form controls of `root` values as a person would (an `input` event from each). */
export async function fill(
  element: KitElement,
  values: Record<string, unknown>,
  root: ParentNode = shadow(element),
) {
  for (const [name, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLElement & { value: unknown }>(`[name="${name}"]`);
    if (!control) throw new Error(`No control named "${name}"`);
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
}

/** Clicks the submit button of `root`. */
export const submit = (element: KitElement, root: ParentNode = shadow(element)) =>
  userEvent.click(part(root, 'submit'));

/** A play function that only waits until the element has reached `state`. */
export const playUntil =
  (tag: string, state: string) =>
  ({ canvasElement }: { canvasElement: HTMLElement }) =>
    reached(storyElement(canvasElement, tag), state);
