import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { budgetFailures, type Budgeted } from './budget.ts';

test('a bundle over its budget fails; one at its budget or without one does not', () => {
  assert.deepEqual(
    budgetFailures([
      { name: 'over', gzipBytes: 22_501, budget: 22_500 },
      { name: 'at', gzipBytes: 22_500, budget: 22_500 },
      { name: 'unbudgeted', gzipBytes: 1_000_000 },
    ]),
    ['over: 22,501 B gzip is over its budget of 22,500 B'],
  );
});

/** Runs enforceBudgets in a process of its own, since it sets that process's exit code. */
function enforceInChild(bundles: Budgeted[]) {
  const script = `
    import { enforceBudgets } from ${JSON.stringify(import.meta.resolve('./budget.ts'))};
    enforceBudgets(${JSON.stringify(bundles)});`;
  return spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
}

test('enforcing budgets exits with 1 and names each bundle over its budget', () => {
  const { status, stderr } = enforceInChild([
    { name: '<alumni-signup>', gzipBytes: 35_001, budget: 35_000 },
    { name: 'client', gzipBytes: 10, budget: 20_000 },
  ]);
  assert.equal(status, 1);
  assert.equal(stderr, '\n<alumni-signup>: 35,001 B gzip is over its budget of 35,000 B\n');
});

test('enforcing budgets exits with 0 when every bundle is within its budget', () => {
  const { status, stderr } = enforceInChild([{ name: 'client', gzipBytes: 20_000, budget: 20_000 }]);
  assert.equal(status, 0);
  assert.equal(stderr, '');
});
