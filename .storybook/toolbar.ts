import type { Decorator } from '@storybook/web-components-vite';
import type { GlobalTypes } from 'storybook/internal/types';

/** The toolbar's language and light/dark toggles; `renderFromArgs` sets them as each element's `lang` and `theme`. */
export const globalTypes: GlobalTypes = {
  lang: {
    description: 'The language of the elements (their lang attribute)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'en', title: 'English' },
        { value: 'ja', title: '日本語' },
      ],
    },
  },
  theme: {
    description: 'Light or dark elements (their theme attribute)',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [
        { value: 'light', icon: 'sun', title: 'Light' },
        { value: 'dark', icon: 'moon', title: 'Dark' },
      ],
    },
  },
};

export const initialGlobals = { lang: 'en', theme: 'light' };

/** A page behind the story in the chosen theme's colours, in the chosen language. */
export const withToolbarPage: Decorator = (story, { globals }) => {
  document.documentElement.lang = String(globals.lang);
  const page = document.createElement('div');
  page.style.cssText = `color-scheme: ${String(globals.theme)}; background: Canvas; color: CanvasText;
    box-sizing: border-box; min-height: 100vh; padding: 16px`;
  page.append(story() as Node);
  return page;
};
