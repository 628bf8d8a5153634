import { rm } from 'node:fs/promises';
import { buildElements } from './bundle.ts';

let outDir: string | undefined;

/** Once per run, before any test file: the elements' production build, which every page loads. */
export async function globalSetup(): Promise<void> {
  outDir = await buildElements();
}

export async function globalTeardown(): Promise<void> {
  if (outDir) await rm(outDir, { recursive: true, force: true });
}
