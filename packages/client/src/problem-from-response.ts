import type { Problem } from '@alumni-kit/contract';
import { isProblem } from './is-problem.ts';
import { parseJson } from './parse-json.ts';

/** Codes for statuses a proxy or gateway may answer without problem details. */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * The problem details of an error response (RFC 9457). When the body is not one
 * (an HTML error page, an empty body), a problem is made from the status alone.
 */
export async function problemFromResponse(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  const body = parseJson(text);
  if (isProblem(body)) return { ...body, status: response.status };
  const { status } = response;
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${status}`,
    status,
    code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : `http_${status}`),
    errors: [],
  };
}
