/**
 * `<alumni-referral-form>` as a referrer meets it: the production build (referral.js) on a plain
 * page served with a strict Content Security Policy, talking cross-origin (real CORS) to the
 * reference server on its embedded database, filled in with the keyboard alone in real Chromium.
 * The candidate's agreement is required, a referral is stored once however the network behaves,
 * and a duplicate is a friendly note.
 */
import assert from 'node:assert/strict';
import { after, before, test, type TestContext } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { byLanguage, startCareerSite, type CareerSite } from './support/career-site.ts';
import { KeyboardForm } from './support/keyboard-form.ts';
import { assertOneKey, loseFirstAnswer, recordPostAttempts } from './support/post-attempts.ts';
import { referralPage } from './support/referral-page.ts';
import { screenshot } from './support/screenshot.ts';
const TAG = 'alumni-referral-form';

let site: CareerSite;

before(async () => {
  site = await startCareerSite({
    tenant: { name: 'Acme' },
    page: byLanguage((lang, embed) => referralPage({ lang, ...embed })),
  });
});

after(() => site?.close());

/** A referrer's own tab (fresh storage) on the referral page, watched from the first byte. */
async function visit(t: TestContext, lang: 'en' | 'ja') {
  const { page, problems } = await site.visit(t, `/${lang}/`);
  const attempts = recordPostAttempts(page, '/v1/referrals');
  const form = new KeyboardForm(page, TAG);
  // The open roles are listed: the form is ready.
  await form.part('role-title').nth(1).waitFor();
  return { page, form, problems, attempts };
}

interface Answers {
  referrer: { name: string; email: string };
  /** What to type in the role search, then how many radios down from the general referral to go (0: it). */
  role: { search: string; down: number };
  candidate: { name: string; email: string };
  /** How many entries down the relationship list and the "known for" radios to go (0: the first). */
  relationshipDown: number;
  knownForDown: number;
  note: string;
}

/** Chooses the radio `down` places after the first of a group, which Tab has just focused. */
async function chooseRadio(form: KeyboardForm, first: string, down: number): Promise<void> {
  await form.tabTo(first);
  if (down === 0) await form.page.keyboard.press('Space');
  for (let step = 0; step < down; step++) await form.page.keyboard.press('ArrowDown');
}

/** Fills the whole form from its first field, ticking the candidate's agreement last. */
async function fillReferral(form: KeyboardForm, answers: Answers): Promise<void> {
  await form.type('field-referrer.name', answers.referrer.name);
  await form.type('field-referrer.email', answers.referrer.email);
  await form.type('field-roleId-search', answers.role.search);
  await chooseRadio(form, 'field-roleId', answers.role.down);
  await form.type('field-candidate.name', answers.candidate.name);
  await form.type('field-candidate.email', answers.candidate.email);
  await form.tabTo('field-relationship');
  for (let step = 0; step <= answers.relationshipDown; step++) await form.page.keyboard.press('ArrowDown');
  await chooseRadio(form, 'field-knownFor', answers.knownForDown);
  await form.type('field-note', answers.note);
  await form.press('field-candidateConsent', 'Space');
}

/** Grace Hopper, referred by Ada Lovelace for the designer role (the only match of "london"). */
const GRACE: Answers = {
  referrer: { name: 'Ada Lovelace', email: 'ada.lovelace@example.org' },
  role: { search: 'london', down: 1 },
  candidate: { name: 'Grace Hopper', email: 'grace.hopper@example.org' },
  relationshipDown: 0, // we worked together
  knownForDown: 2, // 3 to 5 years
  note: 'She explains hard things simply.',
};

/** The tenant's referrals of the candidate at `email`, straight from the database. */
const referralsOf = (email: string) =>
  site.api.db.query.referrals.findMany({
    where: (row, { and, eq }) => and(eq(row.tenantId, site.tenant.tenantId), eq(row.candidateEmail, email)),
  });

/** The notices queued for `email`: a referred candidate is told who referred them. */
const noticesTo = (email: string) =>
  site.api.db.query.outbox.findMany({
    where: (row, { and, eq }) => and(eq(row.tenantId, site.tenant.tenantId), eq(row.recipient, email)),
  });

test('a referral with the candidate’s agreement, made by keyboard alone, is stored once and the candidate is told', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'en');
  await fillReferral(form, GRACE);
  assert.equal(await form.part('status').innerText(), '1 of 4 roles match');
  await form.submit();
  await form.waitForState('success');

  assert.match(
    await form.part('success').innerText(),
    /You referred Grace Hopper for the role Product designer, design systems\.[\s\S]*What happens next/,
  );
  assert.equal(await form.focused(), 'success', 'the thank-you takes focus');
  await screenshot(t, page, TAG, 'referral-success-en');
  const stored = await referralsOf('grace.hopper@example.org');
  assert.deepEqual(
    stored.map(({ roleId, referrerName, referrerEmail, candidateName, relationship, knownFor, note }) => ({
      roleId,
      referrerName,
      referrerEmail,
      candidateName,
      relationship,
      knownFor,
      note,
    })),
    [
      {
        roleId: DEMO_IDS.roles.productDesigner,
        referrerName: 'Ada Lovelace',
        referrerEmail: 'ada.lovelace@example.org',
        candidateName: 'Grace Hopper',
        relationship: 'former-colleague',
        knownFor: '3-5-years',
        note: 'She explains hard things simply.',
      },
    ],
  );
  const notices = await noticesTo('grace.hopper@example.org');
  assert.deepEqual(
    notices.map(({ kind, payload }) => [kind, payload.referrerName]),
    [['referral-candidate-notice', 'Ada Lovelace']],
  );
  assert.equal(attempts.length, 1);
  assert.deepEqual(problems, []);
});

test('in Japanese, the agreement is required before anything is sent; then a general referral is stored', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'ja');
  await form.type('field-referrer.name', '佐藤 健二');
  await form.type('field-referrer.email', 'kenji.sato@example.jp');
  await chooseRadio(form, 'field-roleId', 0);
  await form.type('field-candidate.name', '山田 花子');
  await form.type('field-candidate.email', 'hanako.yamada@example.jp');
  await form.press('field-relationship', 'ArrowDown');
  await chooseRadio(form, 'field-knownFor', 3);
  await form.submit();
  await form.waitForState('invalid');

  assert.equal(
    await form.part('error-summary').innerText(),
    '入力内容を確認してください\nご本人が紹介されること、およびこれらの情報の提供に同意しています: 続けるにはこのチェックボックスをオンにしてください。',
  );
  assert.equal(await form.focused(), 'field-candidateConsent', 'focus moves to the box to tick');
  assert.equal(attempts.length, 0);

  await page.keyboard.press('Space');
  await form.submit();
  await form.waitForState('success');
  assert.match(await form.part('success').innerText(), /山田 花子 さんを職種を決めずに紹介しました。/);
  await screenshot(t, page, TAG, 'referral-success-ja');
  const stored = await referralsOf('hanako.yamada@example.jp');
  assert.deepEqual(
    stored.map((row) => [row.roleId, row.referrerName, row.knownFor]),
    [[null, '佐藤 健二', 'over-5-years']],
  );
  assert.equal(attempts.length, 1);
  assert.deepEqual(problems, []);
});

test('when the network fails on the first try, nothing is lost and the retry with the same key stores one referral', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'en');
  // The network drops every POST of the first try (the client's own retries included): none reaches the server.
  let down = true;
  await page.route(`${site.api.url}/v1/referrals`, (route) =>
    down && route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
  );
  const katherine = { ...GRACE, candidate: { name: 'Katherine Johnson', email: 'katherine@example.org' } };
  await fillReferral(form, katherine);
  await form.submit();
  await form.waitForState('offline');
  const failedAttempts = attempts.length;

  assert.match(await form.part('alert').innerText(), /We could not reach the server/);
  assert.equal(await form.part('submit').innerText(), 'Try again');
  assert.equal(await form.value('field-candidate.name'), 'Katherine Johnson');
  assert.equal((await referralsOf('katherine@example.org')).length, 0);

  down = false;
  assert.equal(await form.focused(), 'submit', 'focus stays on the button');
  await page.keyboard.press('Enter');
  await form.waitForState('success');

  assert.equal((await referralsOf('katherine@example.org')).length, 1);
  assert.equal((await noticesTo('katherine@example.org')).length, 1);
  assert.ok(failedAttempts >= 1);
  assert.equal(attempts.length, failedAttempts + 1);
  assertOneKey(attempts);
  assert.deepEqual(
    problems,
    Array.from({ length: failedAttempts }, () => 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED'),
  );
});

test('when the answer is lost after the server stored the referral, the retry gets the stored answer', async (t) => {
  const { page, form, problems, attempts } = await visit(t, 'en');
  // The referral exists after the first attempt; the page never heard.
  const replayed = await loseFirstAnswer(page, `${site.api.url}/v1/referrals`);
  const dorothy = { ...GRACE, candidate: { name: 'Dorothy Vaughan', email: 'dorothy@example.org' } };
  await fillReferral(form, dorothy);
  await form.submit();
  await form.waitForState('success');

  // With another key, the server would have answered 409 duplicate_referral.
  assert.equal((await referralsOf('dorothy@example.org')).length, 1);
  assert.equal((await noticesTo('dorothy@example.org')).length, 1);
  assert.equal(attempts.length, 2);
  assertOneKey(attempts);
  assert.deepEqual(replayed, ['true']);
  assert.deepEqual(problems, ['Failed to load resource: net::ERR_CONNECTION_RESET']);
});

test('referring the same candidate for the same role again is refused kindly, and stored once', async (t) => {
  const mary = { ...GRACE, candidate: { name: 'Mary Jackson', email: 'mary.jackson@example.org' } };
  const first = await visit(t, 'en');
  await fillReferral(first.form, mary);
  await first.form.submit();
  await first.form.waitForState('success');

  const { page, form, problems, attempts } = await visit(t, 'en');
  await fillReferral(form, { ...mary, referrer: { name: 'Alan Turing', email: 'alan@example.org' } });
  await form.submit();
  await form.waitForState('duplicate');

  assert.match(await form.part('message').innerText(), /Already referred/);
  assert.equal(await form.part('alert').count(), 0, 'no error message');
  assert.equal(await form.part('error-summary').count(), 0);
  await screenshot(t, page, TAG, 'referral-duplicate-en');
  assert.equal((await referralsOf('mary.jackson@example.org')).length, 1);
  assert.equal(attempts.length, 1);
  // Chromium itself logs every 4xx answer to a fetch; the page adds nothing.
  assert.deepEqual(problems, [
    'Failed to load resource: the server responded with a status of 409 (Conflict)',
  ]);
  assert.deepEqual(first.problems, []);
});
