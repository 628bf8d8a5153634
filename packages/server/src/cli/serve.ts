import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serve as listen, type ServerType } from '@hono/node-server';
import { createApp } from '../app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { ensureDemoTenant } from '../demo/demo-tenant.ts';
import { pruneExpired } from '../limits/prune-expired.ts';
import { mountSite } from '../site/mount-site.ts';
import { limitsFromEnv } from './limits-from-env.ts';
import { openMigratedDatabase } from './open-from-env.ts';
import { print } from './print.ts';
import { startupMessage } from './startup-message.ts';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string | undefined;
  demo: boolean;
  examplesDir: string;
  /** Built element bundles (`signup.js` …), served under `/kit/` for the example pages. */
  kitDir?: string | undefined;
}

const PRUNE_EVERY_MS = 10 * 60_000;
/** Requests still running this long after a stop signal are cut off. */
const DRAIN_MS = 10_000;

/** Listens, or rejects (port in use…) after closing the database. */
function listenOn(server: ServerType, handle: DatabaseHandle): Promise<void> {
  return new Promise((listening, failed) => {
    server.once('listening', listening);
    server.once('error', (error) => void handle.close().finally(() => failed(error)));
  });
}

/**
 * On SIGINT or SIGTERM: stop taking requests, let the ones in flight finish, close the
 * database (PGlite must be closed cleanly), exit. A second signal exits at once.
 */
function stopOnSignals(server: ServerType, handle: DatabaseHandle, pruning: NodeJS.Timeout): void {
  const stop = () => {
    clearInterval(pruning);
    setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), DRAIN_MS).unref();
    server.close(() => void handle.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `serve`: the API on HOST:PORT, with the demo site under `--demo`, until a stop signal. */
export async function serve(options: ServeOptions): Promise<void> {
  const handle = await openMigratedDatabase(options.dataDir);
  const app = createApp({
    database: handle,
    trustProxy: process.env['TRUST_PROXY'] === '1',
    rateLimits: limitsFromEnv(),
  });
  const demo = options.demo ? await ensureDemoTenant(handle.db) : undefined;
  if (demo) {
    await mountSite(app, {
      publishableKey: demo.publishableKey,
      examplesDir: resolve(options.examplesDir),
      kitDir: options.kitDir && resolve(options.kitDir),
    });
  }
  const server = listen({ fetch: app.fetch, port: options.port, hostname: options.host });
  await listenOn(server, handle);
  const pruning = setInterval(
    () => void pruneExpired(handle.db, new Date()).catch(() => undefined),
    PRUNE_EVERY_MS,
  );
  stopOnSignals(server, handle, pruning);

  const { port } = server.address() as AddressInfo;
  print(
    startupMessage(
      `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
      handle.kind,
      demo,
    ),
  );
}
