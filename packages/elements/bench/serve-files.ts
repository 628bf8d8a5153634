import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchFiles } from './bench-files.ts';

/**
 * Scripts, styles and requests only from the page's own origin: what a strict site allows. The
 * page reports any violation, so an element that injects an inline style or script fails here.
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/** Serves `files` on 127.0.0.1 at a free port; resolves with the server and its URL. */
export async function serveFiles(files: BenchFiles): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-security-policy': CSP });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}
