import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { manifestControls } from './manifest-controls.ts';
import { renderFromArgs } from './render-from-args.ts';
import { globalTypes, initialGlobals, withToolbarPage } from './toolbar.ts';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes,
  initialGlobals,
  argTypesEnhancers: [manifestControls],
  render: renderFromArgs,
  decorators: [withToolbarPage],
  // Forms keep drafts in sessionStorage: each story starts without the last one's.
  beforeEach: () => sessionStorage.clear(),
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
  },
};

export default preview;
