import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { entryPoints } from './entry-points.ts';
import type { Packed } from './install-tarballs.ts';

/**
 * Type-checks a TypeScript consumer of the installed packages (module `nodenext`, `strict`,
 * without `skipLibCheck`) that imports the types of every typed entry; one line per error in
 * the consumer or in our packages' declaration files (a type naming a package the declaring
 * package does not depend on, an import that does not resolve …). Errors of other packages'
 * declaration files are theirs. The consumer runs on Node, with the workspace's `@types/node`.
 */
export function consumerTypeErrors(packages: readonly Packed[], consumerDir: string, root: string): string[] {
  mkdirSync(join(consumerDir, 'node_modules/@types'), { recursive: true });
  symlinkSync(
    realpathSync(join(root, 'node_modules/@types/node')),
    join(consumerDir, 'node_modules/@types/node'),
  );
  const consumer = join(consumerDir, 'consumer.ts');
  const imports = packages.flatMap((pkg) =>
    entryPoints(pkg)
      .filter(({ typed }) => typed)
      .map(
        ({ specifier }, index) =>
          `import type * as ${pkg.name.replace(/\W/g, '_')}_${index} from '${specifier}';`,
      ),
  );
  writeFileSync(consumer, `${imports.join('\n')}\n`);

  const program = ts.createProgram([consumer], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  });
  const ours = (fileName: string) =>
    fileName === consumer || packages.some(({ installedDir }) => fileName.startsWith(installedDir + sep));
  return ts
    .getPreEmitDiagnostics(program)
    .filter(({ file }) => !file || ours(file.fileName))
    .map(({ file, start, messageText }) => {
      const where = file
        ? `${file.fileName.slice(consumerDir.length + 1)}:${start === undefined ? 0 : file.getLineAndCharacterOfPosition(start).line + 1}`
        : 'TypeScript';
      return `types, ${where}: ${ts.flattenDiagnosticMessageText(messageText, ' ')}`;
    });
}
