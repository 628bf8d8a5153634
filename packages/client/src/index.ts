export { createAlumniClient, type AlumniClient } from './create-alumni-client.ts';
export { createClient } from './create-client.ts';
export { createEndpointClient } from './create-endpoint-client.ts';
export { createIdempotencyKey } from './idempotency.ts';
export { AlumniApiError } from './errors/alumni-api-error.ts';
export { AlumniNetworkError } from './errors/alumni-network-error.ts';
export { AlumniResponseError } from './errors/alumni-response-error.ts';
export { AlumniValidationError } from './errors/alumni-validation-error.ts';
export type { AlumniBackend, BackendOf, CallContext } from './backend.ts';
export type {
  BackendClientOptions,
  CallOptions,
  ClientMethod,
  ClientOf,
  ClientOptions,
  HttpClientOptions,
  EndpointTable,
  RouteTable,
} from './types.ts';
