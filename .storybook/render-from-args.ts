import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgsStoryFn } from 'storybook/internal/types';
import { FROM_TOOLBAR } from './manifest-controls.ts';

/**
 * Every story's element, made from its args as the manifest's categories say: attributes,
 * properties, CSS custom properties (inline), parts (a `::part()` rule), slots (text in a
 * `<div slot>`), event handlers (the actions). The toolbar gives `lang` and `theme`; what the
 * story's loaders return (a backend: functions, not args) is set as properties.
 */
export const renderFromArgs: ArgsStoryFn<WebComponentsRenderer> = (
  args,
  { component, argTypes, globals, loaded },
) => {
  const tag = String(component);
  const element = document.createElement(tag);
  const properties = element as unknown as Record<string, unknown>;
  const partRules: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    const argType = argTypes[name];
    if (!argType || value === undefined || value === null || value === '' || value === false) continue;
    if (typeof argType.action === 'string') {
      element.addEventListener(argType.action, value as EventListener);
      continue;
    }
    switch (argType.table?.category) {
      case 'attributes':
        element.setAttribute(name, value === true ? '' : String(value));
        break;
      case 'properties':
        properties[name] = value;
        break;
      case 'css custom properties':
        element.style.setProperty(name, String(value));
        break;
      case 'css shadow parts':
        partRules.push(`${tag}::part(${name}) { ${String(value)} }`);
        break;
      case 'slots': {
        const slotted = document.createElement('div');
        slotted.slot = name;
        slotted.textContent = String(value);
        element.append(slotted);
      }
    }
  }
  for (const attribute of FROM_TOOLBAR) element.setAttribute(attribute, String(globals[attribute]));
  Object.assign(element, loaded);
  const story = new DocumentFragment();
  if (partRules.length) {
    const style = document.createElement('style');
    style.textContent = partRules.join('\n');
    story.append(style);
  }
  story.append(element);
  return story;
};
