import { readdir } from 'node:fs/promises';
import { relative } from 'node:path';

/** The HTML pages under the examples folder (outside `node_modules`), relative to it. */
export async function findExamples(examplesDir: string): Promise<string[]> {
  const entries = await readdir(examplesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(examplesDir, `${entry.parentPath}/${entry.name}`))
    .filter((path) => !path.split('/').includes('node_modules'))
    .sort();
}
