import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { entryPoints } from './entry-points.ts';
import type { Packed } from './install-tarballs.ts';

const run = promisify(execFile);

/**
 * Imports every runnable entry of the installed packages in a fresh Node process each, as the
 * server of a host page does to render it (no DOM there); one line per entry that throws.
 */
export async function importEveryEntry(packages: readonly Packed[], consumerDir: string): Promise<string[]> {
  const specifiers = packages.flatMap((pkg) =>
    entryPoints(pkg)
      .filter(({ runs }) => runs)
      .map(({ specifier }) => specifier),
  );
  const failures = await Promise.all(
    specifiers.map(async (specifier) => {
      const script = `await import(${JSON.stringify(specifier)});`;
      try {
        await run(process.execPath, ['--input-type=module', '--eval', script], { cwd: consumerDir });
        return [];
      } catch (error) {
        const { stderr } = error as { stderr: string };
        const reason = stderr.split('\n').find((line) => /Error/.test(line)) ?? stderr.trim();
        return [`import '${specifier}' in Node: ${reason}`];
      }
    }),
  );
  return failures.flat();
}
