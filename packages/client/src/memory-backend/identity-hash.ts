import { encodeBase64Url } from '@alumni-kit/contract';

/**
 * A keyed one-way hash: HMAC-SHA-256 under a random key made for this backend and never
 * exported, so that a stored hash neither gives the input back nor can be matched against
 * a list of guessed e-mail addresses. Needs Web Crypto (a secure context in browsers).
 */
export function createIdentityHasher(): (value: string) => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  return async (value) => {
    key ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const signature = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(value));
    return encodeBase64Url(new Uint8Array(signature));
  };
}
