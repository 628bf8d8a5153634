import type { RouteDefinition } from '../route.ts';
import type { OpenApiDocument, PathItemObject } from './types.ts';

/** Operation ids of `routes` that the document lacks at their path and method. */
export function missingOperations(
  document: Pick<OpenApiDocument, 'paths'>,
  routes: Readonly<Record<string, RouteDefinition>>,
): string[] {
  return Object.entries(routes)
    .filter(([operationId, route]) => {
      const method = route.method.toLowerCase() as keyof PathItemObject;
      return document.paths[route.path]?.[method]?.operationId !== operationId;
    })
    .map(([operationId]) => operationId);
}
