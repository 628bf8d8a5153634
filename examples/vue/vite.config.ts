// `pnpm --filter @alumni-kit/example-vue dev` serves the app with Vite; `build` writes dist/.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <alumni-…> tags are custom elements, not Vue components to resolve.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('alumni-') } },
    }),
  ],
});
