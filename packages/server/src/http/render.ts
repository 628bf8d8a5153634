import type { RouteDefinition } from '@alumni-kit/contract';

/** A response as stored for idempotent replays and sent on the wire. */
export interface Answer {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

/** A handler's successful output as the route's kind of response. */
export function render(route: RouteDefinition, output: unknown): Answer {
  switch (route.responseKind) {
    case 'json':
      return { status: route.status, contentType: 'application/json', body: JSON.stringify(output) };
    case 'calendar':
      return {
        status: route.status,
        contentType: 'text/calendar; charset=utf-8',
        body: output as string,
        headers: { 'Content-Disposition': 'attachment; filename="event.ics"' },
      };
    case 'gif':
      return {
        status: route.status,
        contentType: 'image/gif',
        body: output as Uint8Array,
        headers: { 'Cache-Control': 'no-store' },
      };
  }
}
