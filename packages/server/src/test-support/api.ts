import { HEADERS } from '@alumni-kit/contract';

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  idempotencyKey?: string;
  memberToken?: string;
}

/** Calls an API over HTTP with a key, as a widget or a host's server would. */
export function apiClient(baseUrl: string, key?: string) {
  const request = async (method: string, path: string, body: unknown, options: RequestOptions = {}) => {
    const headers: Record<string, string> = {
      ...(key !== undefined && { Authorization: `Bearer ${key}` }),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...(options.idempotencyKey !== undefined && { [HEADERS.idempotencyKey]: options.idempotencyKey }),
      ...(options.memberToken !== undefined && { [HEADERS.memberToken]: options.memberToken }),
      ...options.headers,
    };
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('Content-Type') ?? '');
    return {
      status: response.status,
      headers: response.headers,
      body: isJson ? JSON.parse(text) : text,
    } as ApiResponse;
  };
  return {
    get: (path: string, options?: RequestOptions) => request('GET', path, undefined, options),
    post: (path: string, body: unknown, options?: RequestOptions) => request('POST', path, body, options),
    put: (path: string, body: unknown, options?: RequestOptions) => request('PUT', path, body, options),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
