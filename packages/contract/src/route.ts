import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Who may call a route:
 * - `public`: a publishable key (`pk_…`), safe in browsers; a member token is used when sent;
 * - `member`: a publishable key and a member token (signed by the host site);
 * - `admin`: a secret key (`sk_…`), server-side only;
 * - `none`: no key: the path's token identifies the resource (for callers that cannot send
 *   one, such as an e-mail client loading a tracking pixel). A key, when sent, must be valid.
 */
export type RouteAuth = 'public' | 'member' | 'admin' | 'none';

/** Body kinds a route answers with; JSON bodies are checked against `response`. */
export type ResponseKind = 'json' | 'calendar' | 'gif';

/** How a route travels over HTTP: everything a client needs to call it, without its schemas. */
export interface EndpointDefinition {
  readonly method: HttpMethod;
  /** OpenAPI-style template, e.g. `/v1/events/{eventId}`. */
  readonly path: string;
  readonly auth: RouteAuth;
  /** Success status. */
  readonly status: 200 | 201;
  readonly responseKind: ResponseKind;
  /** Writes that take an `Idempotency-Key` and answer a repeat with the stored response. */
  readonly idempotent: boolean;
}

/** A route: its endpoint, its documentation and the schemas of its input and output. */
export interface RouteDefinition extends EndpointDefinition {
  readonly summary: string;
  readonly tags: readonly string[];
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success body for `json` routes. */
  readonly response?: z.ZodMiniType;
}

/** Keeps a route's literal types while checking it against `RouteDefinition`. */
export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

/** What a schema parses to (defaults applied, strings trimmed), for code that does not import zod. */
export type Output<S> = S extends z.ZodMiniType ? z.output<S> : never;
/** What a schema accepts, for code that does not import zod. */
export type Input<S> = S extends z.ZodMiniType ? z.input<S> : never;

/** What a caller passes: path params, query and body, each only where the route has one. */
export type RouteInput<R extends RouteDefinition> = (R['params'] extends z.ZodMiniType
  ? { params: Input<R['params']> }
  : { params?: never }) &
  (R['query'] extends z.ZodMiniType ? { query?: Input<R['query']> } : { query?: never }) &
  (R['body'] extends z.ZodMiniType ? { body: Input<R['body']> } : { body?: never });

/** What a route part parses to; `undefined` where the route has no such part. */
type Parsed<S> = S extends z.ZodMiniType ? Output<S> : undefined;

/**
 * A route's input after validation (defaults applied, strings trimmed, e-mails lower-cased),
 * as the server's handlers and the in-memory backend's operations receive it.
 */
export interface RouteParsedInput<R extends RouteDefinition> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
}

/** What a route answers with on success. */
export type RouteOutput<R extends RouteDefinition> = R['responseKind'] extends 'json'
  ? Output<R['response']>
  : R['responseKind'] extends 'calendar'
    ? string
    : Blob;

/** Fills `{name}` placeholders of a path template, URL-encoding each value. */
export function buildPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

/** The names of a path template's placeholders, in order. */
export const pathParamNames = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
