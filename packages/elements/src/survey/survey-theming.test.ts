import { expect, fixtureSync, html } from '@open-wc/testing';
import { fill, part } from '../../test/helpers/form.ts';
import { ANONYMOUS, REUNION, loaded, recordingBackend } from '../../test/helpers/survey.ts';
import type { AlumniFeedbackSurvey } from './alumni-feedback-survey.ts';

/** A survey inside a 600 px wide box, loaded and rendered down to its last control. */
async function surveyInBox(style = '', layout = 'page'): Promise<AlumniFeedbackSurvey> {
  // Synchronously: awaiting `fixture` on a plain element waits for a frame, and frames stall
  // in the runner's background tab.
  const box = fixtureSync(
    html`<div style="width: 600px; ${style}">
      <alumni-feedback-survey
        survey=${REUNION}
        layout=${layout}
        .backend=${recordingBackend().backend}
      ></alumni-feedback-survey>
    </div>`,
  );
  const survey = box.querySelector('alumni-feedback-survey') as AlumniFeedbackSurvey;
  await loaded(survey);
  expect(survey.state).to.equal('idle');
  return survey;
}

/** Each part's box, relative to the card: where it is and how big. */
function layout(survey: AlumniFeedbackSurvey): string[] {
  const base = part(survey, 'base').getBoundingClientRect();
  return [...(survey.shadowRoot?.querySelectorAll('[part]') ?? [])].map((element) => {
    const box = element.getBoundingClientRect();
    const numbers = [box.x - base.x, box.y - base.y, box.width, box.height].map(Math.round);
    return `${element.getAttribute('part')} ${numbers.join(' ')}`;
  });
}

describe('<alumni-feedback-survey> theming', () => {
  afterEach(() => sessionStorage.clear());

  it('takes --alumni-* tokens set on the host page, on its form’s controls too', async () => {
    const survey = await surveyInBox('--alumni-color-accent: rgb(1, 2, 3); --alumni-font-size: 20px');
    expect(getComputedStyle(part(survey, 'submit')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(survey, 'base')).fontSize).to.equal('20px');
    await fill(survey, { 'answers.q_overall': 3 });
    const chosen = survey.shadowRoot?.querySelector('[name="answers.q_overall"] :checked + label') as Element;
    expect(getComputedStyle(chosen).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  const HOSTILE = [
    '* { all: revert; font-size: 40px } html { font-size: 62.5% }',
    // Inherited properties reach into shadow roots unless the element resets them.
    'body { line-height: 3; letter-spacing: 4px; word-spacing: 12px; text-transform: uppercase; font-weight: 700 }',
  ];
  for (const css of HOSTILE) {
    for (const layoutName of ['page', 'stepper']) {
      it(`keeps its ${layoutName} layout under a hostile host stylesheet: ${css}`, async () => {
        const survey = await surveyInBox('', layoutName);
        const before = layout(survey);
        const hostile = document.createElement('style');
        hostile.textContent = css;
        document.head.append(hostile);
        try {
          expect(layout(survey)).to.deep.equal(before);
          expect(getComputedStyle(part(survey, 'base')).fontSize).to.equal('16px');
        } finally {
          hostile.remove();
        }
      });
    }
  }

  it('styles only its shadow root, and sizes nothing in rem', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const survey = await surveyInBox();
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    const css = (survey.shadowRoot?.adoptedStyleSheets ?? [])
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css).to.contain('--alumni-color-accent');
    expect(css).to.contain('[part~="progress-bar"]');
    expect(css).not.to.match(/\d(\.\d+)?rem\b/);
    expect(survey.shadowRoot?.querySelector('[style]')).to.equal(null);
  });

  it('adds its form’s styles once, however often it loads a survey', async () => {
    const survey = await surveyInBox();
    const count = survey.shadowRoot?.adoptedStyleSheets.length;
    survey.surveyId = ANONYMOUS;
    await survey.updateComplete;
    await loaded(survey);
    expect(survey.shadowRoot?.adoptedStyleSheets.length).to.equal(count);
  });

  it('exposes its boxes to ::part() on the host page', async () => {
    const survey = await surveyInBox();
    const style = document.createElement('style');
    style.textContent = 'alumni-feedback-survey::part(input) { border-color: rgb(200, 0, 100) }';
    document.head.append(style);
    try {
      const textarea = survey.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
      expect(getComputedStyle(textarea).borderTopColor).to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
  });
});
