import type { ResponseKind } from '@alumni-kit/contract';
import { parseJson } from './parse-json.ts';

/** What a route's `Accept` header asks for. */
export const ACCEPT: Readonly<Record<ResponseKind, string>> = {
  json: 'application/json',
  calendar: 'text/calendar',
  gif: 'image/gif',
};

/** A success body as its route's kind: parsed JSON (checked later), calendar text, or a GIF blob. */
export async function readBody(kind: ResponseKind, response: Response): Promise<unknown> {
  if (kind === 'gif') return response.blob();
  const text = await response.text();
  return kind === 'calendar' ? text : parseJson(text);
}
