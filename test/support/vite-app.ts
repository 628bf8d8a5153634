import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { serveStaticFolder } from './static-folder.ts';

export interface ViteApp {
  /** `http://127.0.0.1:<port>`, the app at `/`. */
  origin: string;
  /** Stops serving and removes the build. */
  close(): Promise<void>;
}

/**
 * A framework example as its team ships it: `vite build` with the example's own vite.config.ts
 * (its plugins resolved from the example), into a temporary folder, served as static files.
 */
export async function startViteApp(exampleDir: string): Promise<ViteApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'alumni-kit-example-'));
  try {
    await build({
      root: exampleDir,
      configFile: join(exampleDir, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const site = await serveStaticFolder(outDir);
    return {
      origin: site.origin,
      close: async () => {
        await site.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
