/** Bytes → URL-safe base64 without padding (RFC 4648 §5), as JWTs and cursors carry them. */
export const encodeBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** URL-safe base64 → bytes; throws on text that is not base64. */
export const decodeBase64Url = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));

/** A JSON value as URL-safe base64 of its UTF-8 text. */
export const encodeBase64UrlJson = (value: unknown): string =>
  encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

/** The JSON value `encodeBase64UrlJson` wrote, or `undefined` for any other text. */
export function decodeBase64UrlJson(text: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64Url(text)));
  } catch {
    return undefined;
  }
}
