import { expect, fixtureSync, html } from '@open-wc/testing';
import { left, part } from '../../test/helpers/form.ts';
import { recordingBackend } from '../../test/helpers/referral.ts';
import type { AlumniReferralForm } from './alumni-referral-form.ts';

/** A referral form inside a 600 px wide box, its roles loaded, rendered down to its last control. */
async function referralInBox(style = ''): Promise<AlumniReferralForm> {
  // Synchronously: awaiting `fixture` on a plain element waits for a frame, and frames stall
  // in the runner's background tab.
  const box = fixtureSync(
    html`<div style="width: 600px; ${style}">
      <alumni-referral-form
        privacy-url="/candidate-notice"
        .backend=${recordingBackend().backend}
      ></alumni-referral-form>
    </div>`,
  );
  const form = box.querySelector('alumni-referral-form') as AlumniReferralForm;
  await left(form, 'loading-roles');
  return form;
}

/** Each part's box, relative to the card: where it is and how big. */
function layout(form: AlumniReferralForm): string[] {
  const base = part(form, 'base').getBoundingClientRect();
  return [...(form.shadowRoot?.querySelectorAll('[part]') ?? [])].map((element) => {
    const box = element.getBoundingClientRect();
    const numbers = [box.x - base.x, box.y - base.y, box.width, box.height].map(Math.round);
    return `${element.getAttribute('part')} ${numbers.join(' ')}`;
  });
}

describe('<alumni-referral-form> theming', () => {
  it('takes --alumni-* tokens set on the host page', async () => {
    const form = await referralInBox('--alumni-color-accent: rgb(1, 2, 3); --alumni-font-size: 20px');
    expect(getComputedStyle(part(form, 'submit')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(form, 'base')).fontSize).to.equal('20px');
  });

  const HOSTILE = [
    '* { all: revert; font-size: 40px } html { font-size: 62.5% }',
    // Inherited properties reach into shadow roots unless the element resets them.
    'body { line-height: 3; letter-spacing: 4px; word-spacing: 12px; text-transform: uppercase; font-weight: 700 }',
  ];
  for (const css of HOSTILE) {
    it(`keeps its layout under a hostile host stylesheet: ${css}`, async () => {
      const form = await referralInBox();
      const before = layout(form);
      expect(before.some((box) => box.startsWith('role-title '))).to.equal(true);
      const hostile = document.createElement('style');
      hostile.textContent = css;
      document.head.append(hostile);
      try {
        expect(layout(form)).to.deep.equal(before);
        expect(getComputedStyle(part(form, 'base')).fontSize).to.equal('16px');
      } finally {
        hostile.remove();
      }
    });
  }

  it('styles only its shadow root, sizes nothing in rem, and exposes the role list to ::part()', async () => {
    const sheets = document.styleSheets.length;
    const form = await referralInBox();
    expect(document.styleSheets.length).to.equal(sheets);
    const css = (form.shadowRoot?.adoptedStyleSheets ?? [])
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css).not.to.match(/\d(\.\d+)?rem\b/);
    expect(form.shadowRoot?.querySelector('[style]')).to.equal(null);

    const style = document.createElement('style');
    style.textContent = 'alumni-referral-form::part(role-title) { color: rgb(200, 0, 100) }';
    document.head.append(style);
    try {
      expect(getComputedStyle(part(form, 'role-title')).color).to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
  });
});
