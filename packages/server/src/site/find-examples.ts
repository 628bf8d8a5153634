import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** An example that is an app with its own build and dev server (React, Vue), not pages to serve. */
const isApp = (examplesDir: string, path: string) =>
  existsSync(join(examplesDir, path.split('/')[0] as string, 'vite.config.ts'));

/** The HTML pages under the examples folder (outside `node_modules` and apps), relative to it. */
export async function findExamples(examplesDir: string): Promise<string[]> {
  const entries = await readdir(examplesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(examplesDir, `${entry.parentPath}/${entry.name}`))
    .filter((path) => !path.split('/').includes('node_modules') && !isApp(examplesDir, path))
    .sort();
}
