import type { FieldError } from '@alumni-kit/contract';
import type { FormControl } from './form-control.ts';

type Control = FormControl<unknown>;
type Values = Record<string, unknown>;

// Checked through the class's flag, not `instanceof`: two element bundles on one page may
// carry two copies of the kit, and whichever defined a tag first owns its elements.
const isControl = (element: Element): element is Control =>
  (element.constructor as { formAssociated?: boolean }).formAssociated === true && 'error' in element;

/** The form-kit controls of a form, in document order. */
export const controlsOf = (form: HTMLFormElement): Control[] => [...form.elements].filter(isControl);

/** The control an event came from (an `input` from its native input), if any. */
export const controlOf = (event: Event): Control | undefined =>
  event.composedPath().find((target): target is Control => target instanceof Element && isControl(target));

/** Each control's value by its name, as drafts keep them. */
export const readValues = (controls: readonly Control[]): Values =>
  Object.fromEntries(controls.map((control) => [control.name, control.value]));

/** Gives each control the value saved under its name, if any. */
export function applyValues(controls: readonly Control[], values: Values): void {
  for (const control of controls) {
    if (Object.hasOwn(values, control.name)) control.value = values[control.name];
  }
}

/**
 * A request body from values by name: dotted names nest (`consent.accepted`), and empty text
 * or no choice leaves the field out, so that the contract says "required" only where it is.
 */
export function toBody(values: Values): Values {
  const body: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === '' || value === undefined) continue;
    const keys = name.split('.');
    const last = keys.pop() as string;
    let target = body;
    for (const key of keys) target = (target[key] ??= {}) as Values;
    target[last] = value;
  }
  return body;
}

/** The control that owns an error's path: its own name, or an item of it (`interests.1`). */
const ownerOf = (controls: readonly Control[], path: string) =>
  controls.find((control) => path === control.name || path.startsWith(`${control.name}.`));

/**
 * Sets each control's `error` from the contract's (or the server's) field errors, clearing the
 * others, and returns the errors that no control owns.
 */
export function placeErrors(controls: readonly Control[], errors: readonly FieldError[]): FieldError[] {
  for (const control of controls) control.error = '';
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const owner = ownerOf(controls, error.path);
    if (owner) owner.error ||= error.message;
    else unplaced.push(error);
  }
  return unplaced;
}
