// Storybook for the elements: one story file per element in packages/elements/stories, built
// by Vite (the root vite.config.ts is read too, of which Storybook keeps `publicDir: false`
// and the build target). `pnpm storybook` serves it, `pnpm build-storybook` builds it statically.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/elements/stories/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A catalogue of the kit's elements, not a Storybook tutorial.
  features: { sidebarOnboardingChecklist: false },
};

export default config;
