import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENTRY_SOURCE = `import { greet } from './greet.ts';\nexport const greeting = greet('alumni');\n`;

/** An unused export far bigger than the rest, so that a bundle keeping it cannot pass for minified. */
export const UNUSED_BYTES = 5_000;

/** A temporary directory holding `entry.ts`, which uses one of the two exports of `greet.ts`. */
export async function writeTinyPackage(): Promise<{
  cwd: string;
  [Symbol.asyncDispose]: () => Promise<void>;
}> {
  const cwd = await mkdtemp(join(tmpdir(), 'bundle-size-'));
  await writeFile(join(cwd, 'entry.ts'), ENTRY_SOURCE);
  await writeFile(
    join(cwd, 'greet.ts'),
    [
      '/** A comment that minification drops. */',
      'export function greet(personToGreet: string): string {',
      '  return `Hello, ${personToGreet}!`;',
      '}',
      `export const unused = ${JSON.stringify('x'.repeat(UNUSED_BYTES))};`,
    ].join('\n'),
  );
  return { cwd, [Symbol.asyncDispose]: () => rm(cwd, { recursive: true, force: true }) };
}
