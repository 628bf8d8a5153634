import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.ts';
import { openPglite } from './pglite.ts';

describe('one process per PGlite data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'alumni-kit-lock-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a second opener gets a clear error; closing releases the lock', async () => {
    const dataDir = join(root, 'data');
    const first = await openPglite({ dataDir });
    await assert.rejects(openPglite({ dataDir }), (error: Error) => {
      assert.ok(error instanceof DataDirInUseError);
      assert.match(error.message, new RegExp(`in use by process ${process.pid}`));
      return true;
    });
    await first.close();
    assert.equal(existsSync(`${dataDir}.lock`), false);
    const again = await openPglite({ dataDir });
    await again.close();
  });

  test('a lock left by a process that is gone is taken over', () => {
    const dataDir = join(root, 'stale');
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(`${dataDir}.lock`, gone.stdout.trim());
    const release = lockDataDir(dataDir);
    assert.equal(readFileSync(`${dataDir}.lock`, 'utf8'), String(process.pid));
    release();
  });
});
