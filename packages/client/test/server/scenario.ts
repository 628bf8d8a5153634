/** How the test API answers one request of a scenario. */
export interface ScriptedAnswer {
  /** 200 by default. */
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON (`application/json` unless `headers` say otherwise). */
  json?: unknown;
  text?: string;
  /** `hang`: never answer; `drop`: close the connection without answering. */
  action?: 'hang' | 'drop';
}

/** A request the test API received, as the tests read it back. */
export interface RecordedRequest {
  method: string;
  /** The path after the scenario's prefix, e.g. `/v1/events/evt_1`. */
  path: string;
  /** The query string, with its `?`, or `''`. */
  search: string;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: string;
  /** `Date.now()` on the server when the request arrived. */
  receivedAt: number;
}
