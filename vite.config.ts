// The library build of @alumni-kit/elements: each element's define entry becomes one minified
// ES module in packages/elements/dist/ (signup.js …) that a page loads with one script tag;
// lit, the endpoint client and ky are bundled in, modules shared by several entries go to
// shared chunks, and what a form needs only once it is used (its rules: zod/mini, the
// contract's schemas and messages; the event list's dialog) to chunks imported then. Run by
// `pnpm --filter @alumni-kit/elements build`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const elements = (path: string) => fileURLToPath(new URL(`./packages/elements/${path}`, import.meta.url));

export default defineConfig({
  publicDir: false,
  build: {
    outDir: elements('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Vite leaves whitespace in ES library output (for consumers' bundlers); these files go to pages as they are.
    minify: 'oxc',
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'on-first-use-[hash].js' : 'shared-[hash].js'),
      },
    },
    lib: {
      entry: {
        signup: elements('src/signup/define.ts'),
        'event-list': elements('src/event-list/define.ts'),
        referral: elements('src/referral/define.ts'),
        survey: elements('src/survey/define.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
