import * as z from 'zod/mini';

/** Characters no human-entered text should carry: C0/C1 controls except tab and newlines. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Single-line text: trimmed, no control characters or line breaks, bounded length. */
export const line = (max: number, min = 1) =>
  z.string().check(
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    z.refine((value) => !/[\r\n]/.test(value) && !CONTROL_CHARACTERS.test(value), {
      message: 'single_line',
    }),
  );

/** Multi-line free text: trimmed, bounded, no control characters other than tab and newlines. */
export const paragraph = (max: number) =>
  z.string().check(
    z.trim(),
    z.maxLength(max),
    z.refine((value) => !CONTROL_CHARACTERS.test(value), { message: 'control_characters' }),
  );

/** A person's name in any script (山田 太郎, Zoë O'Brien-Łukasz), 1–200 characters. */
export const personName = line(200);

/** E-mail address; plus-addressing allowed; lower-cased so that duplicates are caught. */
export const email = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email());

/**
 * A host name with at least one dot and a top-level label holding a letter (`example.com`, `例え.jp`):
 * no bare `localhost`, no IP address (`10.0.0.12`).
 */
const DOMAIN = /^([\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?=[\p{N}-]*\p{L})[\p{L}\p{N}-]{2,63}$/u;

/** Absolute http(s) URL; `javascript:`, `data:` and other schemes are rejected. */
export const httpUrl = z
  .string()
  .check(z.trim(), z.maxLength(2048), z.url({ protocol: /^https?$/, hostname: DOMAIN }));

/** Opaque identifier issued by the server. */
export const id = z
  .string()
  // A blank id is reported as missing only, not also as malformed.
  .check(z.minLength(1, { abort: true }), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** An instant with an explicit offset, e.g. `2026-12-01T18:00:00+09:00`. */
export const instant = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.iso.date();

/** A calendar month, `YYYY-MM`. */
export const yearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** An IANA time zone name known to the runtime, e.g. `Asia/Tokyo`. */
export const timeZone = z
  .string()
  .check(z.maxLength(64), z.refine(isKnownTimeZone, { message: 'time_zone' }));

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

/** A list without repeated entries. */
export const uniqueList = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(
    z.maxLength(max),
    z.refine((values) => new Set(values).size === values.length, { message: 'unique' }),
  );

/**
 * Fields every public write form sends so the server can drop bot traffic:
 * a honeypot input humans never see, and how long the form was open.
 */
export const antiSpam = z.optional(
  z.strictObject({
    honeypot: z.optional(z.string().check(z.maxLength(500))),
    fillTimeMs: z.optional(z.int().check(z.minimum(0))),
  }),
);
