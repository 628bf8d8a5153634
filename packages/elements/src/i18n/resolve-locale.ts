import { toLocale, type Locale } from '@alumni-kit/contract';
import { globalConfig } from '../config/configure.ts';

/**
 * The language an element speaks: its own `lang`, else the closest ancestor's (looking
 * through the shadow roots it sits in), else `configure({ lang })`, else the browser's.
 */
export function resolveLocale(element: HTMLElement): Locale {
  // The property first: Lit renders before it reflects a `lang` set as a property (frameworks do).
  if (element.lang) return toLocale(element.lang);
  let node: Element | undefined = element;
  while (node) {
    const tagged = node.closest('[lang]:not([lang=""])');
    if (tagged) return toLocale(tagged.getAttribute('lang'));
    node = (node.getRootNode() as Partial<ShadowRoot>).host;
  }
  return toLocale(globalConfig().lang ?? navigator.language);
}
