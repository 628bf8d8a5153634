import type { BrowserContext } from 'playwright-core';
import { recordPageProblems } from '../../test/support/page-problems.ts';

/** The toolbar's globals a story is opened with. */
export interface Variant {
  lang: 'en' | 'ja';
  theme: 'light' | 'dark';
}

/** What the preview told about one render, gathered in the page by `listenToPreview`. */
interface Outcome {
  errors: string[];
  finished?: { status: string; a11y?: { status: string; error?: string; violations: string[] } };
}

/**
 * Runs in the page before Storybook: subscribes to the preview's channel as soon as Storybook
 * sets it on `globalThis`, and keeps its error events and the end of the render, which carries
 * the a11y addon's axe results (its `afterEach`, after the play function).
 */
function listenToPreview(): void {
  type Listener = (detail: never) => void;
  const outcome: Outcome = { errors: [] };
  (globalThis as unknown as { storyOutcome: Outcome }).storyOutcome = outcome;
  let channel: unknown;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(event: string, listener: Listener): void }) {
      channel = value;
      const failures = [
        'storyErrored',
        'storyThrewException',
        'storyMissing',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
      ];
      for (const event of failures) {
        value.on(event, ((detail: unknown) =>
          outcome.errors.push(`${event}: ${JSON.stringify(detail).slice(0, 1000)}`)) as Listener);
      }
      value.on('storyFinished', (({ status, reporters }: { status: string; reporters: never[] }) => {
        const report = (reporters as { type: string; status: string; result: Record<string, never> }[]).find(
          (each) => each.type === 'a11y',
        );
        const violations = (report?.result.violations ?? []) as {
          id: string;
          nodes: { target: string[] }[];
        }[];
        outcome.finished = {
          status,
          a11y: report && {
            status: report.status,
            error: report.result.error && String(report.result.error),
            violations: violations.map(
              ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' > ')).join(', ')}`,
            ),
          },
        };
      }) as Listener);
    },
  });
}

/**
 * Opens the story `id` of the static Storybook at `origin` in a fresh page and waits until it
 * has rendered, played and been checked by axe. Returns what went wrong: console errors and
 * warnings, uncaught exceptions, the preview's errors (a play function that threw), axe
 * violations, or no axe check at all.
 */
export async function runStory(
  context: BrowserContext,
  origin: string,
  id: string,
  { lang, theme }: Variant,
  timeoutMs: number,
): Promise<string[]> {
  const page = await context.newPage();
  try {
    const problems = await recordPageProblems(page);
    await page.addInitScript(listenToPreview);
    const query = new URLSearchParams({ id, viewMode: 'story', globals: `lang:${lang};theme:${theme}` });
    await page.goto(`${origin}/iframe.html?${query}`);
    const outcome = (await page
      .waitForFunction(
        () => {
          const { storyOutcome } = globalThis as unknown as { storyOutcome: Outcome };
          return (storyOutcome.finished || storyOutcome.errors.length) && storyOutcome;
        },
        undefined,
        { timeout: timeoutMs },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => ({ errors: [`did not finish within ${timeoutMs / 1000} s`] }))) as Outcome;
    const a11y = outcome.finished?.a11y;
    const problemsFound = [
      ...problems,
      ...outcome.errors,
      ...(outcome.finished && !a11y ? ['the a11y addon did not check the story'] : []),
      ...(a11y?.error ? [`axe failed: ${a11y.error}`] : []),
      ...(a11y?.violations.map((violation) => `axe: ${violation}`) ?? []),
      ...(outcome.finished && outcome.finished.status !== 'success' && !a11y?.violations.length
        ? [`the story finished with status ${outcome.finished.status}`]
        : []),
    ];
    return problemsFound.map((problem) => (problem.length > 500 ? `${problem.slice(0, 500)}…` : problem));
  } finally {
    await page.close();
  }
}
