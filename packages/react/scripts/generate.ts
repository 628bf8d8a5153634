/**
 * Writes the React wrappers (src/<element>.ts and src/index.ts) from @alumni-kit/elements'
 * custom-elements.json. With `--check`, writes nothing and fails when src/ differs from what it
 * would write (a new element, event or summary in the manifest that was not regenerated).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { GENERATED_HEADER, indexModule, wrapperModule } from './wrapper-source.ts';
import { wrapperSpecs, type Manifest } from './wrapper-specs.ts';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const manifestUrl = new URL(import.meta.resolve('@alumni-kit/elements/custom-elements.json'));
const readJson = async <T>(url: URL) => JSON.parse(await readFile(url, 'utf8')) as T;

const manifest = await readJson<Manifest>(manifestUrl);
const { exports } = await readJson<{ exports: Record<string, unknown> }>(
  new URL('package.json', manifestUrl),
);
const specs = wrapperSpecs(manifest, Object.keys(exports));

const unformatted = new Map<string, string>([
  ...specs.map((spec) => [`${spec.module}.ts`, wrapperModule(spec)] as const),
  ['index.ts', indexModule(specs)],
]);
const wanted = new Map<string, string>();
for (const [file, source] of unformatted) {
  const filepath = join(srcDir, file);
  wanted.set(file, await format(source, { ...(await resolveConfig(filepath)), filepath }));
}

/** Files in src/ that an earlier run generated (an element since removed leaves one behind). */
const generatedBefore = new Map<string, string>();
for (const file of await readdir(srcDir)) {
  const source = await readFile(join(srcDir, file), 'utf8');
  if (source.startsWith(GENERATED_HEADER)) generatedBefore.set(file, source);
}

const stale = [...new Set([...wanted.keys(), ...generatedBefore.keys()])].filter(
  (file) => wanted.get(file) !== generatedBefore.get(file),
);

if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    console.error(
      `The React wrappers are stale (${stale.join(', ')}): run \`pnpm --filter @alumni-kit/react generate\`.`,
    );
    process.exit(1);
  }
  console.log(`The React wrappers match custom-elements.json (${specs.map((s) => s.className).join(', ')}).`);
} else {
  for (const file of stale) {
    const source = wanted.get(file);
    if (source === undefined) await rm(join(srcDir, file));
    else await writeFile(join(srcDir, file), source);
  }
  console.log(`Wrote ${stale.length} of ${wanted.size} files in src/.`);
}
