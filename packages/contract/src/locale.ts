/** Languages every human-facing message of the kit is written in. */
export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** The supported locale closest to a BCP 47 tag (`ja-JP` → `ja`), English otherwise. */
export function toLocale(tag: string | undefined | null): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en';
}
