import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemKindInfo } from '@arethetypeswrong/core/problems';
import { readFile } from 'node:fs/promises';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

// What are-the-types-wrong's `--profile esm-only` ignores: the packages are ES modules only, so
// `require()` from CommonJS and node10's resolution (no `exports`) cannot load them.
const IGNORED_RESOLUTIONS: readonly string[] = ['node10', 'node16-cjs'];

/**
 * What publint (every message, suggestions included, warnings as errors) and are-the-types-wrong
 * (ESM-only) find wrong with a packed package, one line per problem.
 */
export async function lintTarball(tarballPath: string): Promise<string[]> {
  const tarball = await readFile(tarballPath);
  const bytes = new Uint8Array(tarball);
  const { messages, pkg } = await publint({ pack: { tarball: bytes.slice().buffer }, strict: true });
  const problems = messages.map(
    (message) => `publint ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`,
  );

  const analysis = await checkPackage(createPackageFromTarballData(bytes));
  if (!analysis.types) return [...problems, 'are-the-types-wrong: the package ships no types'];
  for (const problem of analysis.problems) {
    if ('resolutionKind' in problem && IGNORED_RESOLUTIONS.includes(problem.resolutionKind)) continue;
    const where = 'entrypoint' in problem ? ` (${problem.entrypoint}, ${problem.resolutionKind})` : '';
    problems.push(`are-the-types-wrong: ${problemKindInfo[problem.kind].title}${where}`);
  }
  return problems;
}
