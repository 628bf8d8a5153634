import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, openPglite, type Database } from '@alumni-kit/server';

export interface ApiServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The server's database, to check what a test stored. */
  db: Database;
  /** Takes the API off the network (listener and open connections closed); the data stays. */
  stop(): Promise<void>;
  /** Serves the API again, on the same port. */
  resume(): Promise<void>;
  /** Stops serving and closes the database. */
  close(): Promise<void>;
}

type Fetch = Parameters<typeof serve>[0]['fetch'];

function listen(fetch: Fetch, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' });
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

function shut(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}

/**
 * The reference server (`createApp`) over real HTTP on 127.0.0.1 and a free port, on a fresh
 * in-memory PGlite with the committed migrations.
 */
export async function startApiServer(): Promise<ApiServer> {
  const database = await openPglite();
  await database.migrate();
  const app = createApp({
    database,
    // One JSON line per request on stdout would bury the test report.
    log: () => undefined,
    // Scripted typing fills the form in about 0.3 s, faster than the 1.5 s a person needs at
    // least; the anti-spam check stays on, with a bar the fastest scripted visitor clears.
    minFillTimeMs: 100,
  });
  let server: ServerType | undefined = await listen(app.fetch, 0);
  const { port } = server.address() as AddressInfo;
  const stop = async () => {
    const running = server;
    server = undefined;
    if (running) await shut(running);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    db: database.db,
    stop,
    resume: async () => {
      server ??= await listen(app.fetch, port);
    },
    close: async () => {
      await stop();
      await database.close();
    },
  };
}
