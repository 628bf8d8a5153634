/**
 * Builds the CDN loader, `alumni-kit.js` (src/cdn/alumni-kit.ts), into a folder that holds the
 * library build's element bundles (the repository's vite.config.ts): one small ES module that
 * imports an element's bundle from beside itself when the element's tag first appears.
 * `node scripts/build-cdn.ts` writes it to dist/, after `vite build`.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The library build (the repository's vite.config.ts), into `outDir` instead of dist/. */
export async function buildElementBundles(outDir: string): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir },
  });
}

export async function buildCdnLoader(outDir: string): Promise<void> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      // The element bundles are already there.
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: 'oxc',
      rolldownOptions: { output: { minify: true } },
      lib: {
        entry: fileURLToPath(new URL('../src/cdn/alumni-kit.ts', import.meta.url)),
        formats: ['es'],
        fileName: () => 'alumni-kit.js',
      },
    },
  });
}

if (import.meta.main) await buildCdnLoader(fileURLToPath(new URL('../dist', import.meta.url)));
