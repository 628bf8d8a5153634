/**
 * `pnpm start` as a web team first meets it: the reference server's CLI with the demo tenant,
 * the example pages and the built element kit. The plain-HTML signup example (one script tag,
 * the demo's well-known publishable key) signs a visitor up, same-origin, against the demo data.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mintMemberToken } from '@alumni-kit/server';
import { startDemoSite, type DemoSite } from './support/demo-site.ts';
import { recordPageProblems } from './support/page-problems.ts';

/** A person takes longer than the server's minimum fill time (1.5 s) to fill the form in. */
const HUMAN_FILL_TIME_MS = 1_600;

let site: DemoSite;
let server: DemoSite['server'];
let browser: DemoSite['browser'];

before(async () => {
  site = await startDemoSite();
  ({ server, browser } = site);
});

after(() => site?.close());

test('the plain-HTML signup example signs a visitor up against the demo tenant', async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = await recordPageProblems(page);

  await page.goto(`${server.url}/examples/signup/index.html`);
  await page.getByLabel('Full name').fill('Grace Hopper');
  await page.getByLabel('E-mail address').fill('grace+alumni@example.com');
  await page.getByRole('checkbox', { name: /Mentoring/ }).check();
  await page.getByRole('checkbox', { name: /I agree/ }).check();
  await page.waitForTimeout(HUMAN_FILL_TIME_MS);
  await page.getByRole('button', { name: 'Join the network' }).click();
  await page.getByText('Welcome, Grace Hopper!').waitFor();

  // The member is stored: the demo tenant knows them by their member token.
  const identitySecret = /identity secret[^:]*: (\S+)/.exec(server.output())?.[1];
  assert.ok(identitySecret, 'the demo server prints the identity secret');
  const token = mintMemberToken(
    {
      sub: 'grace',
      email: 'grace+alumni@example.com',
      name: 'Grace Hopper',
      exp: Math.floor(Date.now() / 1000) + 600,
    },
    identitySecret,
  );
  const me = await fetch(`${server.url}/v1/me`, {
    headers: { Authorization: 'Bearer pk_demo_alumni_kit', 'X-Alumni-Member-Token': token },
  });
  assert.equal(me.status, 200);
  const { member } = (await me.json()) as { member: { name: string; interests: string[] } };
  assert.deepEqual([member.name, member.interests], ['Grace Hopper', ['mentoring']]);
  assert.deepEqual(problems, []);
});
