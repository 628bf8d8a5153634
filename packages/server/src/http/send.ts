import type { Context } from 'hono';
import type { Answer } from './render.ts';

/** Sends an answer, keeping the headers earlier middlewares set (CORS, rate limits). */
export function send(c: Context, { status, contentType, body, headers = {} }: Answer): Response {
  c.header('Content-Type', contentType);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.body(body as string, status as 200);
}
