import * as shapes from './endpoint-shapes.ts';
import type { EndpointDefinition, RouteDefinition } from './route.ts';
import type { OperationId, Routes } from './routes/index.ts';

/** Where an endpoint keeps the type of its route: a type only, never a value. */
export declare const routeType: unique symbol;

/**
 * A route's endpoint (method, path, auth, response kind) typed as the route, but without its
 * schemas: a client built from endpoints has the same typed methods and sends what it is given
 * unchecked, leaving validation to the server, so that its bundle carries no zod.
 */
export type Endpoint<R extends RouteDefinition> = Pick<R, keyof EndpointDefinition> & {
  readonly [routeType]?: R;
};

/** The route an endpoint stands for (a route stands for itself). */
export type RouteOf<E extends EndpointDefinition> = E extends RouteDefinition
  ? E
  : E extends { readonly [routeType]?: infer R }
    ? Extract<R, RouteDefinition>
    : never;

/** Every route's endpoint, keyed by operation id. */
export const endpoints: { readonly [K in OperationId]: Endpoint<Routes[K]> } = shapes;
