/**
 * What the React wrappers are made of, read from @alumni-kit/elements' custom-elements manifest:
 * one wrapper per element that a define entry of the package registers (`src/<name>/define.ts`,
 * exported as `@alumni-kit/elements/<name>.js`), with its events as `on…` props.
 */

/** The parts of a custom-elements manifest (schema 1.0) the generator reads. */
export interface Manifest {
  modules: readonly ManifestModule[];
}

export interface ManifestModule {
  path: string;
  declarations?: readonly ManifestDeclaration[];
  exports?: readonly { kind: string; name: string }[];
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  events?: readonly { name: string; type?: { text: string }; description?: string }[];
}

export interface WrapperEvent {
  /** The React prop: `onSignupSubmitted`. */
  prop: string;
  /** The DOM event: `alumni-signup-submitted`. */
  name: string;
  /** Its class, exported by the package entry of @alumni-kit/elements. */
  type: string;
  description: string;
}

export interface WrapperSpec {
  /** The wrapper's module in src/ and its subpath: `signup` → `src/signup.ts`, `@alumni-kit/react/signup.js`. */
  module: string;
  /** The element class, also the React component's name: `AlumniSignup`. */
  className: string;
  tagName: string;
  summary: string;
  /** The element's define entry: `@alumni-kit/elements/signup.js`. */
  defineEntry: string;
  events: WrapperEvent[];
}

const DEFINE_MODULE = /^src\/([a-z][a-z-]*)\/define\.ts$/;
/** Our events are `alumni-<noun>-<verb-past>` (DESIGN.md); a single word could shadow a native handler prop. */
const EVENT_NAME = /^alumni-([a-z]+(?:-[a-z]+)+)$/;

const pascalCase = (kebab: string) =>
  kebab
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/**
 * `alumni-signup-submitted` → `onSignupSubmitted`: the `alumni-` prefix only keeps our events
 * apart from other DOM events; a component's props are ours already.
 */
export function eventProp(eventName: string): string {
  const match = EVENT_NAME.exec(eventName);
  if (!match?.[1]) throw new Error(`"${eventName}" is not an event name of the form alumni-<noun>-<verb>`);
  return `on${pascalCase(match[1])}`;
}

/**
 * One spec per element registered by a define module of the package, in module order.
 * `subpaths` are the keys of the package's `exports` (`./signup.js`, …).
 */
export function wrapperSpecs(manifest: Manifest, subpaths: readonly string[]): WrapperSpec[] {
  const elements = new Map<string, ManifestDeclaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) elements.set(declaration.name, declaration);
    }
  }
  const entryExports = new Set(
    manifest.modules.find((module) => module.path === 'src/index.ts')?.exports?.map(({ name }) => name),
  );
  const specs: WrapperSpec[] = [];
  for (const module of manifest.modules) {
    const name = DEFINE_MODULE.exec(module.path)?.[1];
    if (!name) continue;
    for (const { name: exported } of module.exports ?? []) {
      const element = elements.get(exported);
      if (!element?.tagName) continue;
      if (!subpaths.includes(`./${name}.js`)) {
        throw new Error(
          `${module.path} defines <${element.tagName}> but the package does not export ./${name}.js`,
        );
      }
      specs.push({
        module: name,
        className: element.name,
        tagName: element.tagName,
        summary: element.summary ?? '',
        defineEntry: `@alumni-kit/elements/${name}.js`,
        events: (element.events ?? []).map((event) => wrapperEvent(element, event, entryExports)),
      });
    }
  }
  assertUnique(specs);
  return specs;
}

function wrapperEvent(
  element: ManifestDeclaration,
  event: NonNullable<ManifestDeclaration['events']>[number],
  entryExports: ReadonlySet<string>,
): WrapperEvent {
  const type = event.type?.text;
  if (!type || !entryExports.has(type)) {
    throw new Error(
      `${element.name} fires ${event.name} without an event class exported by @alumni-kit/elements ` +
        `(document it as @fires ${event.name} {TheEventClass} and export the class from src/index.ts)`,
    );
  }
  return { prop: eventProp(event.name), name: event.name, type, description: event.description ?? '' };
}

function assertUnique(specs: readonly WrapperSpec[]): void {
  const seen = new Set<string>();
  for (const key of specs.flatMap((spec) => [spec.module, spec.className])) {
    if (seen.has(key)) throw new Error(`Two wrappers would be named ${key}`);
    seen.add(key);
  }
  for (const spec of specs) {
    const props = new Set(spec.events.map(({ prop }) => prop));
    if (props.size !== spec.events.length)
      throw new Error(`${spec.className} has two events with one prop name`);
  }
}
