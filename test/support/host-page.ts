import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface HostPage {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

export interface HostPageOptions {
  /** The folder of the built elements, served at the root (`/signup.js`). */
  bundleDir: string;
  /** The API's origin, the only other place the page may connect to. */
  apiOrigin: string;
  /** The HTML of the page at `path`, or undefined for none; asked on every request. */
  page(path: string): string | undefined;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A career site's strict policy: no inline script or style, Trusted Types, the API and nothing else. */
const strictCsp = (apiOrigin: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "require-trusted-types-for 'script'",
  ].join('; ');

/** A static web server on 127.0.0.1 and a free port whose every answer carries `strictCsp`. */
export async function startHostPage({ bundleDir, apiOrigin, page }: HostPageOptions): Promise<HostPage> {
  const csp = strictCsp(apiOrigin);
  const server = createServer(async (request, response) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp });
      response.end(body);
    };
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    const html = page(pathname);
    if (html !== undefined) return send(200, 'text/html; charset=utf-8', html);
    // Chromium asks every site for an icon; a missing one would be logged as a failed load.
    if (pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    const extension = /\.[a-z]+$/.exec(pathname)?.[0] ?? '';
    const type = TYPES[extension];
    // Only plain file names: nothing outside the bundle folder can be asked for.
    if (type && /^\/[\w.-]+$/.test(pathname)) {
      const file = await readFile(join(bundleDir, pathname)).catch(() => undefined);
      if (file) return send(200, type, file);
    }
    send(404, 'text/plain; charset=utf-8', 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
