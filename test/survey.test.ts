/**
 * `<alumni-feedback-survey>` as a respondent meets it: the production build (survey.js) on a
 * plain page served with a strict Content Security Policy, talking cross-origin (real CORS) to
 * the reference server on its embedded database, answered with the keyboard alone in real
 * Chromium; what the database stored is checked column by column.
 */
import assert from 'node:assert/strict';
import { after, before, test, type TestContext } from 'node:test';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { mintMemberToken } from '@alumni-kit/server';
import type { Page } from 'playwright-core';
import { startCareerSite, type CareerSite } from './support/career-site.ts';
import { KeyboardForm } from './support/keyboard-form.ts';
import { screenshot } from './support/screenshot.ts';
import { surveyPage, type SurveyPageOptions } from './support/survey-page.ts';

const TAG = 'alumni-feedback-survey';
/**
 * The test server takes a form sent less than 100 ms after it opened for a bot's, and quietly
 * stores nothing; a person always takes longer, and so does each respondent here.
 */
const PERSON_FILL_TIME_MS = 150;
const { reunionFeedback, anonymousFeedback } = DEMO_IDS.surveys;

type PageOptions = Omit<SurveyPageOptions, 'apiBase' | 'publishableKey'>;

let site: CareerSite;
/** The pages the host serves, by path; each test adds its own. */
const pages = new Map<string, PageOptions>();

before(async () => {
  site = await startCareerSite({
    tenant: { name: 'Acme' },
    page: (path, embed) => {
      const options = pages.get(path);
      return options && surveyPage({ ...options, ...embed });
    },
  });
});

after(() => site?.close());

/** A token the site signs for a signed-in alumna, with the tenant's identity secret. */
const memberToken = (sub: string, email: string, name: string) =>
  mintMemberToken({ sub, email, name, exp: Math.floor(Date.now() / 1000) + 600 }, site.tenant.identitySecret);

/** The survey driven as a keyboard user does, with the keys a survey needs besides Tab. */
class SurveyDriver extends KeyboardForm {
  /** When the form appeared. */
  private readonly shownAt = Date.now();

  constructor(page: Page) {
    super(page, TAG);
  }

  /** Presses each key in turn where the focus is. */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Presses Enter where the focus is to send, no sooner than a person could have answered. */
  async send(): Promise<void> {
    await this.page.waitForTimeout(Math.max(0, this.shownAt + PERSON_FILL_TIME_MS - Date.now()));
    await this.keys('Enter');
  }

  /** Resolves once the stepper shows the step headed `heading`. */
  async waitForStep(heading: string): Promise<void> {
    await this.part('progress').getByText(heading, { exact: true }).waitFor();
  }
}

/** A respondent's own tab (fresh storage) on a survey page, watched from the first byte. */
async function visit(t: TestContext, options: PageOptions) {
  const path = `/survey-${pages.size}/`;
  pages.set(path, options);
  /** Every request the survey made to the API: method, path and member-token header. */
  const requests: { method: string; path: string; memberToken: string | undefined }[] = [];
  const { page, problems } = await site.visit(t, path, (page) =>
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== site.api.url || request.method() === 'OPTIONS') return;
      requests.push({
        method: request.method(),
        path: url.pathname,
        memberToken: request.headers()['x-alumni-member-token'],
      });
    }),
  );
  await page.locator(`${TAG} [part~="form"]`).waitFor();
  return { page, problems, requests, survey: new SurveyDriver(page) };
}

/** The tenant's stored responses to `surveyId`, straight from the database: who, about which event, what. */
async function responsesTo(surveyId: string) {
  const rows = await site.api.db.query.surveyResponses.findMany({
    where: (row, { and, eq }) => and(eq(row.tenantId, site.tenant.tenantId), eq(row.surveyId, surveyId)),
  });
  return rows.map(({ answers, eventId, respondentName, respondentEmail, respondentSub }) => ({
    answers,
    eventId,
    respondentName,
    respondentEmail,
    respondentSub,
  }));
}

/** The keyed hashes of who answered `surveyId`, kept apart from the answers. */
const respondentsOf = (surveyId: string) =>
  site.api.db.query.surveyRespondents.findMany({
    where: (row, { and, eq }) => and(eq(row.tenantId, site.tenant.tenantId), eq(row.surveyId, surveyId)),
  });

test('every kind of question, answered by keyboard alone in Japanese, is stored as entered', async (t) => {
  const { page, survey, problems, requests } = await visit(t, {
    lang: 'ja',
    survey: reunionFeedback,
    layout: 'page',
  });
  await survey.press('field-answers.q_overall', 'Space'); // 1 star…
  await survey.keys('ArrowRight', 'ArrowRight', 'ArrowRight'); // …then 4
  await survey.press('field-answers.q_recommend', 'Space'); // 0…
  await survey.keys('ArrowLeft', 'ArrowLeft'); // …then 10, then 9
  await survey.press('field-answers.q_heard_from', 'ArrowUp'); // the last option: "Other"
  await survey.type('field-answers.q_heard_from-other', 'ポッドキャスト');
  await survey.press('field-answers.q_next_format', 'Space');
  await survey.press('field-answers.q_next_format-2', 'Space');
  await survey.press('field-answers.q_next_format-3', 'Space'); // "Other"
  await survey.type('field-answers.q_next_format-other', '京都');
  await survey.type('field-answers.q_comments', '料理がおいしかったです。\n名札があると助かります。');
  await survey.type('field-answers.q_ideas', '高尾山ハイキング');
  await survey.type('field-respondent.name', '山田 花子');
  await survey.type('field-respondent.email', 'hanako.yamada@example.jp');
  await screenshot(t, page, TAG, 'survey-filled-ja');
  await survey.send();
  await survey.waitForState('success');

  assert.equal(await survey.part('success').locator('h3').innerText(), 'ありがとうございました！');
  assert.equal(await survey.focused(), 'success', 'the thank-you takes focus');
  assert.deepEqual(await responsesTo(reunionFeedback), [
    {
      answers: [
        { questionId: 'q_overall', score: 4 },
        { questionId: 'q_recommend', score: 9 },
        { questionId: 'q_heard_from', choices: [], other: 'ポッドキャスト' },
        { questionId: 'q_next_format', choices: ['opt_in_person', 'opt_regional'], other: '京都' },
        { questionId: 'q_comments', text: '料理がおいしかったです。\n名札があると助かります。' },
        { questionId: 'q_ideas', text: '高尾山ハイキング' },
      ],
      eventId: DEMO_IDS.events.reunion,
      respondentName: '山田 花子',
      respondentEmail: 'hanako.yamada@example.jp',
      respondentSub: null,
    },
  ]);
  assert.deepEqual(
    requests.map(({ method, path }) => `${method} ${path}`),
    [`GET /v1/surveys/${reunionFeedback}`, `POST /v1/surveys/${reunionFeedback}/responses`],
  );
  assert.deepEqual(problems, []);
});

test('an anonymous survey, answered step by step by a signed-in alumna, is stored without any identity', async (t) => {
  const token = memberToken('acme-1042', 'hanako.yamada@example.com', '山田 花子');
  const { page, survey, problems, requests } = await visit(t, {
    lang: 'ja',
    survey: anonymousFeedback,
    layout: 'stepper',
    memberToken: token,
  });
  assert.match(await survey.part('privacy').innerText(), /このアンケートは匿名です/);
  assert.equal(await survey.part('respondent').count(), 0, 'no name or e-mail is asked');

  await survey.press('field-answers.q_event_rating', 'Space');
  await survey.keys('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter'); // 5 stars, then Next
  await survey.waitForStep('質問 2 / 3');
  assert.equal(await survey.focused(), 'progress', 'each new question’s heading takes focus');
  await survey.press('field-answers.q_event_recommend', 'Space');
  await survey.keys(...Array<string>(7).fill('ArrowRight'), 'Enter'); // 7 out of 10, then Next
  await survey.waitForStep('質問 3 / 3');
  await survey.type('field-answers.q_ideas', 'カラオケ大会');
  await survey.tabTo('submit');
  await survey.send();
  await survey.waitForState('success');
  await screenshot(t, page, TAG, 'survey-anonymous-success-ja');

  assert.deepEqual(await responsesTo(anonymousFeedback), [
    {
      answers: [
        { questionId: 'q_event_rating', score: 5 },
        { questionId: 'q_event_recommend', score: 7 },
        { questionId: 'q_ideas', text: 'カラオケ大会' },
      ],
      eventId: DEMO_IDS.events.pastSocial,
      respondentName: null,
      respondentEmail: null,
      respondentSub: null,
    },
  ]);
  // Not even a one-way hash of who answered: the token never left the page.
  assert.deepEqual(await respondentsOf(anonymousFeedback), []);
  assert.deepEqual(requests, [
    { method: 'GET', path: `/v1/surveys/${anonymousFeedback}`, memberToken: undefined },
    { method: 'POST', path: `/v1/surveys/${anonymousFeedback}/responses`, memberToken: undefined },
  ]);
  assert.deepEqual(problems, []);
});

test('a signed-in alumna who answers a named survey again gets a kind note, and one response is stored', async (t) => {
  const token = memberToken('acme-2210', 'alex.morgan@example.net', 'Alex Morgan');
  /** Rates 1 star and 0 out of 10, the survey's required questions, then sends with Enter. */
  const answer = async () => {
    const visited = await visit(t, {
      lang: 'en',
      survey: reunionFeedback,
      layout: 'page',
      memberToken: token,
    });
    assert.match(await visited.survey.part('privacy').innerText(), /signed-in account/);
    await visited.survey.press('field-answers.q_overall', 'Space');
    await visited.survey.press('field-answers.q_recommend', 'Space');
    await visited.survey.send();
    return visited;
  };
  const first = await answer();
  await first.survey.waitForState('success');

  const { page, survey, problems, requests } = await answer();
  await survey.waitForState('already-answered');
  assert.match(await survey.part('notice').innerText(), /You have already answered/);
  assert.equal(await survey.focused(), 'notice', 'the note takes focus');
  assert.equal(await survey.part('alert').count(), 0, 'no error message');
  await screenshot(t, page, TAG, 'survey-already-answered-en');

  const stored = (await responsesTo(reunionFeedback)).filter(
    ({ respondentSub }) => respondentSub === 'acme-2210',
  );
  assert.deepEqual(stored, [
    {
      answers: [
        { questionId: 'q_overall', score: 1 },
        { questionId: 'q_recommend', score: 0 },
      ],
      eventId: DEMO_IDS.events.reunion,
      respondentName: 'Alex Morgan',
      respondentEmail: 'alex.morgan@example.net',
      respondentSub: 'acme-2210',
    },
  ]);
  // Only a named survey's answers carry the member token.
  assert.deepEqual(
    requests.map(({ method, memberToken }) => [method, memberToken]),
    [
      ['GET', undefined],
      ['POST', token],
    ],
  );
  // Chromium itself logs every 4xx answer to a fetch; the page adds nothing.
  assert.deepEqual(problems, [
    'Failed to load resource: the server responded with a status of 409 (Conflict)',
  ]);
  assert.deepEqual(first.problems, []);
});
