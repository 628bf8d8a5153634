import { getCustomElements, type WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, InputType, StrictArgTypes } from 'storybook/internal/types';

/** The part of a custom-elements manifest read here. */
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: { name: string; attribute?: string }[] }[] }[];
}

/** Attributes the toolbar sets on every element (language, light or dark). */
export const FROM_TOOLBAR = ['lang', 'theme'];

/** `'a' | 'b' | undefined` → `['a', 'b']`; undefined for any other type. */
function stringLiterals(type: string): string[] | undefined {
  const members = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined');
  return members.every((member) => /^'[^']*'$/.test(member))
    ? members.map((member) => member.slice(1, -1))
    : undefined;
}

function attributeControl(name: string, type: string): Partial<InputType> {
  if (FROM_TOOLBAR.includes(name)) return { control: false };
  if (type === 'boolean') return { type: { name: 'boolean' }, control: { type: 'boolean' } };
  if (type.startsWith('number')) return { type: { name: 'number' }, control: { type: 'number' } };
  const options = stringLiterals(type);
  if (options) return { type: { name: 'enum', value: options }, options, control: { type: 'select' } };
  return { type: { name: 'string' }, control: { type: 'text' } };
}

/**
 * Controls for what @storybook/web-components extracts from the manifest, which types each
 * entry with the TypeScript text of its type: attributes get a text, number, boolean or select
 * control; a property with an attribute is left out (its attribute stands for it), the others
 * (`backend`, `client`, `state`) are documented without a control; CSS custom properties get a
 * colour or text control, parts a text control taking CSS declarations for `::part(name)`,
 * slots a text control; events are logged in the actions panel under their own names.
 */
export const manifestControls: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) => {
  const manifest = getCustomElements() as Manifest;
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === component);
  const withAttribute = new Set(
    (declaration?.members ?? []).filter((member) => member.attribute).map((member) => member.name),
  );
  const controlOf = (name: string, argType: StrictArgTypes[string]): Partial<InputType> => {
    const action = argType.action as { name?: string } | string | undefined;
    if (typeof action === 'object') return { action: action.name };
    switch (argType.table?.category) {
      case 'attributes':
        return attributeControl(name, String(argType.table.type?.summary ?? ''));
      case 'properties':
        return withAttribute.has(name) ? { table: { disable: true } } : { control: false };
      case 'css custom properties':
        return { type: { name: 'string' }, control: { type: name.includes('color') ? 'color' : 'text' } };
      case 'css shadow parts':
      case 'slots':
        return { type: { name: 'string' }, control: { type: 'text' } };
      default:
        return { control: false };
    }
  };
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      { ...argType, ...controlOf(name, argType) } as StrictArgTypes[string],
    ]),
  );
};
