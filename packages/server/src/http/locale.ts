import { toLocale, type Locale } from '@alumni-kit/contract';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * The supported language the caller prefers most (`ja-JP,ja;q=0.9,en;q=0.8` → `ja`), English
 * when it names none of ours.
 */
export function preferredLocale(acceptLanguage: string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const supported = ranked.find(({ tag }) => toLocale(tag) !== 'en' || /^en\b/i.test(tag));
  return toLocale(supported?.tag);
}

/** Sets the language of messages from `Accept-Language`. */
export const locale = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  c.set('locale', preferredLocale(c.req.header('Accept-Language')));
  await next();
};
