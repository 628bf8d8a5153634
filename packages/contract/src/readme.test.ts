import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as contract from './index.ts';
import type { RouteDefinition } from './route.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const exportName = (schema: unknown): string | undefined =>
  Object.entries(contract).find(([, value]) => value === schema)?.[0];

/** The cells of the README's row of a route, written from the route itself. */
function cells(operationId: string, route: RouteDefinition): string[] {
  const input = route.body
    ? `\`${exportName(route.body)}\``
    : route.query
      ? `query \`${exportName(route.query)}\``
      : '—';
  const output = {
    json: `\`${exportName(route.response)}\``,
    calendar: '`text/calendar`',
    gif: '`image/gif`',
  };
  return [
    `\`${operationId}\``,
    `\`${route.method} ${route.path}\``,
    route.auth,
    input,
    `${route.status} ${output[route.responseKind]}`,
  ];
}

test("the README's route table lists every route as the table defines it", () => {
  const table: Readonly<Record<string, RouteDefinition>> = contract.routes;
  const documented = readme
    .split('\n')
    .filter((line) => /^\| `\w+` +\| `/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const expected = Object.entries(table).map(([operationId, route]) => cells(operationId, route));
  const byOperation = (a: string[], b: string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
  assert.deepEqual(documented.sort(byOperation), expected.sort(byOperation));
});
