import type { AlumniBackend } from '@alumni-kit/client';

/** Settings every Alumni Kit element on the page falls back to when its own attributes leave them out. */
export interface AlumniConfig {
  /** Where the API lives, e.g. `https://alumni.example.com`. */
  apiBase?: string;
  /** The tenant's publishable key (`pk_…`). */
  publishableKey?: string;
  /** A member token signed by the host site after its own login. */
  memberToken?: string;
  /** Language of every element without a `lang` of its own or of an ancestor: `en` or `ja`. */
  lang?: string;
  /** Run in-process instead of over HTTP (a demo, Storybook, or data that lives elsewhere). */
  backend?: Partial<AlumniBackend>;
}

// On globalThis under a registered symbol, so that separately built element bundles share it.
const KEY = Symbol.for('alumni-kit.config');
type ConfigHolder = { [KEY]?: AlumniConfig };

/** Sets the page-wide defaults of every Alumni Kit element; later calls merge into earlier ones. */
export function configure(config: AlumniConfig): void {
  (globalThis as ConfigHolder)[KEY] = { ...globalConfig(), ...config };
}

/** The page-wide defaults set with `configure()`. */
export const globalConfig = (): AlumniConfig => (globalThis as ConfigHolder)[KEY] ?? {};

/** The member token an element acts with: its own (`member-token`), else the page-wide one. */
export const memberTokenOf = (element: { memberToken?: string | undefined }): string | undefined =>
  element.memberToken || globalConfig().memberToken;
