import { createHash, createHmac } from 'node:crypto';

/** SHA-256, base64url: enough for high-entropy secrets such as keys and cancel tokens. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** HMAC-SHA-256, base64url. */
export const hmacSha256 = (key: string, text: string): string =>
  createHmac('sha256', key).update(text).digest('base64url');
