import type {
  EndpointDefinition,
  Locale,
  RouteDefinition,
  RouteInput,
  RouteOf,
  RouteOutput,
} from '@alumni-kit/contract';
import type { BackendOf, CallContext } from './backend.ts';

/** Routes keyed by operation id: the contract's whole `routes` table, or the few a bundle needs. */
export type RouteTable = Readonly<Record<string, RouteDefinition>>;

/** Endpoints (or routes) keyed by operation id: what a client that checks nothing needs. */
export type EndpointTable = Readonly<Record<string, EndpointDefinition>>;

/** Options of one call. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Writes only: the key of this logical submission. Create it with `createIdempotencyKey()`
   * and keep it with the draft, so that submitting the same draft again cannot act twice.
   */
  idempotencyKey?: string;
  /** Milliseconds to wait for each attempt's answer; overrides the client's `timeout`. */
  timeout?: number;
  headers?: HeadersInit;
}

/** One typed method; its input is optional when the route takes no required input. */
export type ClientMethod<E extends EndpointDefinition> = RouteMethod<RouteOf<E>>;

type RouteMethod<R extends RouteDefinition> =
  Partial<RouteInput<R>> extends RouteInput<R>
    ? (input?: RouteInput<R>, options?: CallOptions) => Promise<RouteOutput<R>>
    : (input: RouteInput<R>, options?: CallOptions) => Promise<RouteOutput<R>>;

/** One method per route (or endpoint) of the table, named by its operation id. */
export type ClientOf<T extends EndpointTable> = { readonly [K in keyof T]: ClientMethod<T[K]> };

interface SharedOptions {
  /** Language of validation messages and of the `Accept-Language` header; `en` by default. */
  locale?: Locale;
  /** A member token signed by the host site, sent with every call. */
  memberToken?: string;
}

/** A client talking HTTP to any server that implements the contract. */
export interface HttpClientOptions extends SharedOptions {
  /** Where the API lives, e.g. `https://alumni.example.com`; route paths (`/v1/…`) are appended. */
  baseUrl: string | URL;
  /** The tenant's publishable key (`pk_…`). */
  publishableKey: string;
  fetch?: typeof globalThis.fetch;
  /** Sent with every call, after (so overriding) the client's own headers. */
  headers?: HeadersInit;
  /** Milliseconds to wait for each attempt's answer; 10 000 by default. */
  timeout?: number;
  /** How many times a failed call is retried (2 by default), or `false` for never. */
  retry?: number | false;
  backend?: undefined;
}

/** A client whose methods run in-process against `backend` instead of HTTP. */
export interface BackendClientOptions<T extends EndpointTable> extends SharedOptions {
  backend: BackendOf<T>;
}

export type ClientOptions<T extends EndpointTable> = HttpClientOptions | BackendClientOptions<T>;

/** A call whose input passed validation, handed to a transport. */
export interface PreparedCall {
  operationId: string;
  route: EndpointDefinition;
  input: ValidInput;
  context: CallContext;
  options: CallOptions;
}

/** The parsed parts of a call's input: only those its route declares. */
export interface ValidInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** What came back, before the response schema has checked it. */
export interface RawResult {
  status: number;
  data: unknown;
}

/** Carries a prepared call to HTTP or to an in-process backend. */
export type Transport = (call: PreparedCall) => Promise<RawResult>;
