// The custom-elements manifest (custom-elements.json) is generated from the classes' JSDoc:
// `pnpm --filter @alumni-kit/elements manifest` writes it, `manifest:check` fails when it is stale.

/** Keeps the public API only: protected and private members are implementation details. */
const publicMembersOnly = () => ({
  name: 'public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(({ privacy }) => !privacy || privacy === 'public');
        }
      }
    }
  },
});

/** Orders modules by path: the analyzer lists them in the order its file search happens to return. */
const sortedModules = () => ({
  name: 'sorted-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already; the analyzer would rewrite it with every --outdir.
  packagejson: false,
  plugins: [publicMembersOnly(), sortedModules()],
};
