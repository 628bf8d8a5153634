/**
 * `<alumni-signup>` as a visitor meets it: the production build (signup.js) on a plain page
 * served with a strict Content Security Policy, talking cross-origin (real CORS) to the reference
 * server on its embedded database, filled in with the keyboard alone in real Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, test, type TestContext } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { byLanguage, startCareerSite, type CareerSite } from './support/career-site.ts';
import { assertOneKey, loseFirstAnswer, recordPostAttempts } from './support/post-attempts.ts';
import { screenshot } from './support/screenshot.ts';
import { SignupForm } from './support/signup-form.ts';
import { signupPage } from './support/signup-page.ts';

let site: CareerSite;

before(async () => {
  site = await startCareerSite({
    tenant: { name: 'Acme' },
    page: byLanguage((lang, embed) => signupPage({ lang, ...embed })),
  });
});

after(() => site?.close());

/** A visitor's own tab (fresh storage) on the signup page, watched from the first byte. */
async function visit(t: TestContext, lang: 'en' | 'ja', search = '') {
  const { page, problems } = await site.visit(t, `/${lang}/${search}`);
  const attempts = recordPostAttempts(page, '/v1/signups');
  const form = new SignupForm(page);
  await form.part('form').waitFor();
  return { page, form, problems, attempts };
}

/** The tenant's members whose personal address is `email`, straight from the database. */
const membersWith = (email: string) =>
  site.api.db.query.members.findMany({
    where: (member, { and, eq }) => and(eq(member.tenantId, site.tenant.tenantId), eq(member.email, email)),
  });

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
  await screenshot(t, page, 'alumni-signup', 'signup-success-en');
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
  await screenshot(t, page, 'alumni-signup', 'signup-success-ja');
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
    site.api.db.query.invitations.findFirst({
      where: (row, { and, eq }) => and(eq(row.tenantId, site.tenant.tenantId), eq(row.token, token)),
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
  await site.api.stop();
  t.after(() => site.api.resume());
  await form.submit();
  await form.waitForState('offline');
  // The client retries on its own before giving up: every one of its attempts failed.
  const failedAttempts = attempts.length;

  assert.match(await form.part('alert').innerText(), /We could not reach the server/);
  assert.equal(await form.part('submit').innerText(), 'Try again');
  assert.equal(await form.value('field-name'), 'Alan Turing');
  assert.equal(await form.value('field-email'), 'alan.turing@example.org');
  assert.equal((await membersWith('alan.turing@example.org')).length, 0);

  await site.api.resume();
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
  assertOneKey(attempts);
  assert.deepEqual(
    problems,
    Array.from({ length: failedAttempts }, () => 'Failed to load resource: net::ERR_CONNECTION_REFUSED'),
  );
});

test('when the answer is lost after the server stored the member, the retry gets the stored answer', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'en');
  // The member exists after the first attempt; the page never heard.
  const replayed = await loseFirstAnswer(page, `${site.api.url}/v1/signups`);
  await form.fillAlumni({
    text: { 'field-name': 'Hedy Lamarr', 'field-email': 'hedy.lamarr@example.org' },
    interests: [],
  });
  await form.submit();
  await form.waitForState('success');

  assert.equal((await membersWith('hedy.lamarr@example.org')).length, 1);
  assert.equal(attempts.length, 2);
  assertOneKey(attempts);
  assert.deepEqual(replayed, ['true']);
  assert.deepEqual(problems, ['Failed to load resource: net::ERR_CONNECTION_RESET']);
});
