import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { apiClient } from './test-support/api.ts';
import { alumniSignup } from './test-support/bodies.ts';
import { runCli, startCliServer } from './test-support/cli-process.ts';
import { createPostgresDatabase } from './test-support/test-database.ts';
import { TEST_DB } from './test-support/test-mode.ts';

describe('alumni-kit-server', () => {
  const root = mkdtempSync(join(tmpdir(), 'alumni-kit-cli-'));
  const dataDir = join(root, 'data');
  /** PGlite in a data directory, or a PostgreSQL database of this file's own. */
  let env: Record<string, string> = {};
  const dataArgs = TEST_DB === 'postgres' ? [] : ['--data-dir', dataDir];
  before(async () => {
    if (TEST_DB === 'postgres') env = { DATABASE_URL: await createPostgresDatabase() };
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('tenant create --json prints the new keys', async () => {
    const output = await runCli(
      [
        'tenant',
        'create',
        '--name',
        'Acme',
        '--origin',
        'https://careers.acme.example',
        '--json',
        ...dataArgs,
      ],
      env,
    );
    const credentials = JSON.parse(output) as Record<string, string>;
    assert.deepEqual(Object.keys(credentials).sort(), [
      'identitySecret',
      'publishableKey',
      'secretKey',
      'tenantId',
    ]);
    assert.match(credentials['publishableKey'] ?? '', /^pk_/);
    assert.match(credentials['secretKey'] ?? '', /^sk_/);
  });

  test('serve --demo: the demo tenant once, data kept across a restart, a clean stop on SIGTERM', async () => {
    const demo = JSON.parse(await runCli(['seed-demo', '--json', ...dataArgs], env)) as {
      publishableKey: string;
    };
    const signup = alumniSignup('survivor@example.com');
    const first = await startCliServer(['--demo', ...dataArgs], env);
    try {
      assert.match(first.output(), new RegExp(`Demo publishable key: ${demo.publishableKey}`));
      assert.equal((await apiClient(first.url, demo.publishableKey).post('/v1/signups', signup)).status, 201);
      assert.match(await (await fetch(first.url)).text(), new RegExp(demo.publishableKey));
      assert.equal((await fetch(`${first.url}/openapi.json`)).status, 200);
    } finally {
      assert.equal(await first.stop('SIGTERM'), 0);
    }
    if (TEST_DB === 'pglite') assert.equal(existsSync(`${dataDir}.lock`), false);

    const second = await startCliServer(['--demo', ...dataArgs], env);
    try {
      const again = await apiClient(second.url, demo.publishableKey).post('/v1/signups', signup);
      assert.equal(again.status, 409);
      assert.equal((again.body as { code: string }).code, 'already_member');
    } finally {
      assert.equal(await second.stop('SIGINT'), 0);
    }
  });

  test('unknown commands print the usage', async () => {
    await assert.rejects(runCli(['frobnicate']), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /Usage: alumni-kit-server/);
      return true;
    });
  });
});
