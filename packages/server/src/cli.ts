#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { seedDemo } from './cli/seed-demo.ts';
import { serve } from './cli/serve.ts';
import { tenantCreate } from './cli/tenant-create.ts';
import { print } from './cli/print.ts';
import { USAGE } from './cli/usage.ts';
import { withDatabase } from './cli/open-from-env.ts';

const options = {
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '8787' },
    host: { type: 'string', default: process.env['HOST'] ?? '127.0.0.1' },
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
    examples: { type: 'string', default: 'examples' },
    kit: { type: 'string' },
    name: { type: 'string' },
    origin: { type: 'string', multiple: true, default: [] as string[] },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
} satisfies ParseArgsConfig;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs(options);
  const dataDir = values['data-dir'];
  const command = positionals.join(' ');
  if (values.help) return void print(USAGE);
  switch (command) {
    case 'serve': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port: ${values.port}`);
      return serve({
        port,
        host: values.host,
        dataDir,
        demo: values.demo,
        examplesDir: values.examples,
        kitDir: values.kit,
      });
    }
    case 'migrate':
      await withDatabase(dataDir, async () => undefined);
      return void print('Migrations applied.');
    case 'tenant create':
      return tenantCreate({ name: values.name, origins: values.origin, json: values.json, dataDir });
    case 'seed-demo':
      return seedDemo({ json: values.json, dataDir });
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(`alumni-kit-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
