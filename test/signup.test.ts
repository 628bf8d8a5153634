/**
 * `<alumni-signup>` as a visitor meets it: the production build (signup.js) on a plain page
 * served with a strict Content Security Policy, talking cross-origin (real CORS) to the reference
 * server on its embedded database, filled in with the keyboard alone in real Chromium.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { DEMO_IDS, demoData } from '@alumni-kit/contract/demo';
import { createTenant, seedTenant, type TenantCredentials } from '@alumni-kit/server';
import type { Browser, Page } from 'playwright-core';
import { startApiServer, type ApiServer } from './support/api-server.ts';
import { launchChromium } from './support/browser.ts';
import { bundleDir } from './support/bundle.ts';
import { startHostPage, type HostPage } from './support/host-page.ts';
import { recordPageProblems } from './support/page-problems.ts';
import { recordSignupAttempts } from './support/signup-attempts.ts';
import { SignupForm } from './support/signup-form.ts';
import { signupPage } from './support/signup-page.ts';

const SCREENSHOTS = join(tmpdir(), 'alumni-kit-e2e');

let api: ApiServer;
let host: HostPage;
let tenant: TenantCredentials;
let browser: Browser;

before(async () => {
  api = await startApiServer();
  host = await startHostPage({
    bundleDir: bundleDir(),
    apiOrigin: api.url,
    page: (path) => {
      const lang = /^\/(en|ja)\/$/.exec(path)?.[1] as 'en' | 'ja' | undefined;
      return lang && signupPage({ lang, apiBase: api.url, publishableKey: tenant.publishableKey });
    },
  });
  // The company registers its career site's origin: the API grants CORS to it alone.
  tenant = await createTenant(api.db, { name: 'Acme', origins: [host.origin] });
  await seedTenant(api.db, tenant.tenantId, demoData(new Date()));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await api?.close();
});

/** A visitor's own tab (fresh storage) on the signup page, watched from the first byte. */
async function visit(t: TestContext, lang: 'en' | 'ja', search = '') {
  const context = await browser.newContext();
  t.after(() => context.close());
  // Every step takes well under a second here: a broken one fails in 10 s, not 30.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems = await recordPageProblems(page);
  const attempts = recordSignupAttempts(page);
  await page.goto(`${host.origin}/${lang}/${search}`);
  const form = new SignupForm(page);
  await form.part('form').waitFor();
  return { page, form, problems, attempts };
}

/** The tenant's members whose personal address is `email`, straight from the database. */
const membersWith = (email: string) =>
  api.db.query.members.findMany({
    where: (member, { and, eq }) => and(eq(member.tenantId, tenant.tenantId), eq(member.email, email)),
  });

async function screenshot(t: TestContext, page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.locator('alumni-signup').screenshot({ path });
  t.diagnostic(`screenshot: ${path}`);
}

test('an alumna signs up in English by keyboard alone, and is stored once', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'en');
  await form.fillAlumni({
    text: {
      'field-name': 'Ada Lovelace',
      'field-email': 'ada.lovelace@example.org',
      'field-department': 'Research',
      'field-jobTitle': 'Analyst',
      'field-profileUrl': 'https://www.linkedin.com/in/ada-lovelace',
    },
    interests: ['field-interests', 'field-interests-2'], // returning, speaking
  });
  await form.submit();
  await form.waitForState('success');

  assert.equal(await form.part('success').locator('h2').innerText(), 'Welcome, Ada Lovelace!');
  assert.equal(await form.focused(), 'success', 'the thank-you takes focus');
  await screenshot(t, page, 'signup-success-en');
  const members = await membersWith('ada.lovelace@example.org');
  assert.deepEqual(
    members.map(({ name, department, jobTitle, profileUrl, interests, consentVersion }) => ({
      name,
      department,
      jobTitle,
      profileUrl,
      interests,
      consentVersion,
    })),
    [
      {
        name: 'Ada Lovelace',
        department: 'Research',
        jobTitle: 'Analyst',
        profileUrl: 'https://www.linkedin.com/in/ada-lovelace',
        interests: ['returning', 'speaking'],
        consentVersion: '2026-04',
      },
    ],
  );
  assert.equal(attempts.length, 1);
  assert.deepEqual(problems, []);
});

test('in Japanese, a wrong e-mail is explained in Japanese, nothing is sent, and the fixed form signs up', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'ja');
  await form.fillAlumni({
    text: { 'field-name': '山田 太郎', 'field-email': 'taro.yamada.example.jp' },
    interests: ['field-interests-1'], // mentoring
  });
  await form.submit();
  await form.waitForState('invalid');

  const message = 'name@example.com の形式でメールアドレスを入力してください。';
  assert.equal(
    await form.part('error-summary').innerText(),
    `入力内容を確認してください\nメールアドレス: ${message}`,
  );
  assert.equal(await form.part('error').innerText(), `エラー:\n${message}`);
  assert.equal(await form.focused(), 'field-email', 'focus moves to the field to fix');
  assert.equal(attempts.length, 0);

  await page.keyboard.press('Control+A');
  await page.keyboard.type('taro.yamada@example.jp');
  await form.submit();
  await form.waitForState('success');

  assert.equal(await form.part('success').locator('h2').innerText(), '山田 太郎 さん、ようこそ！');
  await screenshot(t, page, 'signup-success-ja');
  const members = await membersWith('taro.yamada@example.jp');
  assert.deepEqual(
    members.map((member) => [member.name, member.interests]),
    [['山田 太郎', ['mentoring']]],
  );
  assert.equal(attempts.length, 1);
  assert.deepEqual(problems, []);
});

test('a signup through an invitation link marks the invitation accepted', async (t) => {
  const token = DEMO_IDS.invitations.sent;
  const invitation = () =>
    api.db.query.invitations.findFirst({
      where: (row, { and, eq }) => and(eq(row.tenantId, tenant.tenantId), eq(row.token, token)),
    });
  assert.equal((await invitation())?.status, 'sent');

  const { form, problems, attempts } = await visit(t, 'en', `?invite=${token}&utm_source=newsletter`);
  await form.fillAlumni({
    text: { 'field-name': 'Kenji Sato', 'field-email': 'kenji.sato@example.org' },
    interests: [],
  });
  await form.submit();
  await form.waitForState('success');

  const members = await membersWith('kenji.sato@example.org');
  assert.equal(members.length, 1);
  const accepted = await invitation();
  assert.equal(accepted?.status, 'accepted');
  assert.equal(accepted?.memberId, members[0]?.id);
  assert.deepEqual(members[0]?.source, { source: 'newsletter' });
  assert.equal(attempts.length, 1);
  assert.deepEqual(problems, []);
});

test('signing up again with a known e-mail shows the friendly already-member note, not an error', async (t) => {
  const answers = {
    text: { 'field-name': 'Grace Hopper', 'field-email': 'grace.hopper@example.org' },
    interests: [],
  };
  const first = await visit(t, 'en');
  await first.form.fillAlumni(answers);
  await first.form.submit();
  await first.form.waitForState('success');

  const { form, problems, attempts } = await visit(t, 'en');
  await form.fillAlumni(answers);
  await form.submit();
  await form.waitForState('already-member');

  assert.match(await form.part('message').innerText(), /You are already a member/);
  assert.equal(await form.part('alert').count(), 0, 'no error message');
  assert.equal(await form.part('error-summary').count(), 0);
  assert.equal((await membersWith('grace.hopper@example.org')).length, 1);
  assert.equal(attempts.length, 1);
  // Chromium itself logs every 4xx answer to a fetch; the page adds nothing.
  assert.deepEqual(problems, [
    'Failed to load resource: the server responded with a status of 409 (Conflict)',
  ]);
  assert.deepEqual(first.problems, []);
});

test('with the server unreachable nothing is lost, and the retry creates one member with the same key', async (t) => {
  const { form, problems, attempts } = await visit(t, 'en');
  await form.fillAlumni({
    text: { 'field-name': 'Alan Turing', 'field-email': 'alan.turing@example.org' },
    interests: ['field-interests-4'], // volunteering
  });
  await api.stop();
  t.after(() => api.resume());
  await form.submit();
  await form.waitForState('offline');
  // The client retries on its own before giving up: every one of its attempts failed.
  const failedAttempts = attempts.length;

  assert.match(await form.part('alert').innerText(), /We could not reach the server/);
  assert.equal(await form.part('submit').innerText(), 'Try again');
  assert.equal(await form.value('field-name'), 'Alan Turing');
  assert.equal(await form.value('field-email'), 'alan.turing@example.org');
  assert.equal((await membersWith('alan.turing@example.org')).length, 0);

  await api.resume();
  assert.equal(await form.focused(), 'submit', 'focus stays on the button');
  await form.page.keyboard.press('Enter');
  await form.waitForState('success');

  const members = await membersWith('alan.turing@example.org');
  assert.deepEqual(
    members.map((member) => [member.name, member.interests]),
    [['Alan Turing', ['volunteering']]],
  );
  assert.ok(failedAttempts >= 1);
  assert.equal(attempts.length, failedAttempts + 1);
  const [key] = attempts;
  assert.match(String(key), /^[0-9a-f-]{36}$/);
  assert.deepEqual(
    attempts,
    attempts.map(() => key),
    'every attempt carries the same key',
  );
  assert.deepEqual(
    problems,
    Array.from({ length: failedAttempts }, () => 'Failed to load resource: net::ERR_CONNECTION_REFUSED'),
  );
});

test('when the answer is lost after the server stored the member, the retry gets the stored answer', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'en');
  const replayed: (string | undefined)[] = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST') replayed.push(response.headers()['idempotent-replayed']);
  });
  // The first attempt reaches the server through Playwright, which then tells the page that the
  // connection was reset: the member exists, the page never heard.
  let lost = false;
  await page.route(`${api.url}/v1/signups`, async (route) => {
    if (route.request().method() !== 'POST' || lost) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await form.fillAlumni({
    text: { 'field-name': 'Hedy Lamarr', 'field-email': 'hedy.lamarr@example.org' },
    interests: [],
  });
  await form.submit();
  await form.waitForState('success');

  assert.equal((await membersWith('hedy.lamarr@example.org')).length, 1);
  assert.equal(attempts.length, 2);
  assert.equal(attempts[1], attempts[0]);
  assert.deepEqual(replayed, ['true']);
  assert.deepEqual(problems, ['Failed to load resource: net::ERR_CONNECTION_RESET']);
});
