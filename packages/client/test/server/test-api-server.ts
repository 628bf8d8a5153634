import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest, ScriptedAnswer } from './scenario.ts';

/**
 * The HTTP server the client's browser tests talk to. A test scripts a scenario
 * (`POST /scenarios` with `{ answers }`), points a client at `/s/<id>`, and reads back
 * what arrived (`GET /scenarios/<id>/requests`). Request n gets answer n; the last
 * answer repeats.
 */
export interface TestApiServer {
  url: string;
  close(): Promise<void>;
}

interface Scenario {
  answers: ScriptedAnswer[];
  requests: RecordedRequest[];
}

const SCENARIO_PATH = /^\/s\/(\d+)(\/.*)$/;
const REQUESTS_PATH = /^\/scenarios\/(\d+)\/requests$/;

export async function startTestApiServer(): Promise<TestApiServer> {
  const scenarios = new Map<string, Scenario>();

  function handle(request: IncomingMessage, response: ServerResponse, body: string): void {
    const url = new URL(request.url ?? '/', 'http://test-api');
    const [, scriptedId = '', path = ''] = SCENARIO_PATH.exec(url.pathname) ?? [];
    const [, readId = ''] = REQUESTS_PATH.exec(url.pathname) ?? [];
    const scripted = scenarios.get(scriptedId);
    if (request.method === 'POST' && url.pathname === '/scenarios') {
      const id = String(scenarios.size + 1);
      const { answers } = JSON.parse(body) as { answers: ScriptedAnswer[] };
      scenarios.set(id, { answers, requests: [] });
      sendJson(response, 201, { id });
    } else if (scenarios.has(readId)) {
      sendJson(response, 200, scenarios.get(readId)?.requests);
    } else if (scripted) {
      const { requests, answers } = scripted;
      requests.push({
        method: request.method ?? 'GET',
        path,
        search: url.search,
        headers: Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
        ),
        body,
        receivedAt: Date.now(),
      });
      answer(request, response, answers[Math.min(requests.length, answers.length) - 1] ?? {});
    } else {
      sendJson(response, 404, { error: `No scenario at ${url.pathname}` });
    }
  }

  const server = createServer((request, response) => {
    allowCors(request, response);
    if (request.method === 'OPTIONS') response.writeHead(204).end();
    else void readBody(request).then((body) => handle(request, response, body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** The test page is served from another origin (the test runner's); it may read everything. */
function allowCors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
  response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '');
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  response.setHeader('Vary', 'Origin');
  response.setHeader('Cache-Control', 'no-store');
  // A fresh connection per request: Chromium silently resends a request whose reused
  // connection closed, which would make a "drop" answer arrive twice.
  response.setHeader('Connection', 'close');
}

function answer(request: IncomingMessage, response: ServerResponse, scripted: ScriptedAnswer): void {
  if (scripted.action === 'drop') request.socket.destroy();
  if (scripted.action) return;
  const status = scripted.status ?? 200;
  if (scripted.json === undefined) {
    response.writeHead(status, scripted.headers).end(scripted.text ?? '');
  } else {
    response.writeHead(status, { 'Content-Type': 'application/json', ...scripted.headers });
    response.end(JSON.stringify(scripted.json));
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
