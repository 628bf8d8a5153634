import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { verifyMemberToken } from './auth/member-token.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test("the README's member-token example mints a token the server accepts", () => {
  const example = /<!-- member-token-example -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'the example follows its marker');
  const dir = mkdtempSync(join(tmpdir(), 'alumni-kit-readme-'));
  try {
    const file = join(dir, 'mint.mjs');
    writeFileSync(file, example);
    const secret = 'the-identity-secret';
    const token = execFileSync(process.execPath, [file], {
      env: { ALUMNI_IDENTITY_SECRET: secret },
      encoding: 'utf8',
    });
    const claims = verifyMemberToken(token.trim(), secret, new Date());
    assert.equal(claims?.email, 'hanako.yamada@example.com');
    assert.equal(claims?.name, '山田 花子');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
