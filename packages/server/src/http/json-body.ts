import { invalidJsonError } from '@alumni-kit/contract';
import type { MiddlewareHandler } from 'hono';
import { ApiProblem, invalidFields } from './api-problem.ts';
import type { AppEnv } from './env.ts';

const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

const tooLarge = (limit: number) =>
  new ApiProblem('payload_too_large', { detail: `Send at most ${limit} bytes.` });

/** Reads at most `limit` bytes of a body, declared length or not (chunked), then stops. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The JSON body of a write: `application/json` only (415), at most `limit` bytes before anything
 * is parsed (413), well-formed UTF-8 JSON (400).
 */
export const jsonBody =
  (limit: number): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) throw new ApiProblem('unsupported_media_type');
    if (Number(c.req.header('Content-Length')) > limit) throw tooLarge(limit);
    const bytes = await readLimited(c.req.raw.body, limit);
    try {
      c.set('body', JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    } catch {
      throw invalidFields([invalidJsonError(c.get('locale'))]);
    }
    await next();
  };
