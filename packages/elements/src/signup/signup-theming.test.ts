import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { FormControl } from '../form-kit/form-control.ts';
import { part } from '../../test/helpers/form.ts';
import { recordingBackend, signupFixture } from '../../test/helpers/signup.ts';
import type { AlumniSignup } from './alumni-signup.ts';

/** A signup inside a 600 px wide box, rendered down to its last control. */
async function signupInBox(style = ''): Promise<AlumniSignup> {
  // Synchronously: awaiting `fixture` on a plain element waits for a frame, and frames stall
  // in the runner's background tab.
  const box = fixtureSync(
    html`<div style="width: 600px; ${style}">
      <alumni-signup
        privacy-url="/privacy"
        privacy-version="2026-04"
        .backend=${recordingBackend().backend}
      ></alumni-signup>
    </div>`,
  );
  const signup = box.querySelector('alumni-signup') as AlumniSignup;
  await signup.updateComplete;
  const controls = [...(signup.shadowRoot?.querySelectorAll('[name]') ?? [])] as FormControl<unknown>[];
  await Promise.all(controls.map((control) => control.updateComplete));
  return signup;
}

/** Each part's box, relative to the card: where it is and how big. */
function layout(signup: AlumniSignup): string[] {
  const base = part(signup, 'base').getBoundingClientRect();
  return [...(signup.shadowRoot?.querySelectorAll('[part]') ?? [])].map((element) => {
    const box = element.getBoundingClientRect();
    const numbers = [box.x - base.x, box.y - base.y, box.width, box.height].map(Math.round);
    return `${element.getAttribute('part')} ${numbers.join(' ')}`;
  });
}

const color = (element: Element, property: 'color' | 'background-color') =>
  getComputedStyle(element).getPropertyValue(property);

describe('<alumni-signup> theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('takes --alumni-* tokens set on the host page', async () => {
    const signup = await signupInBox('--alumni-color-accent: rgb(1, 2, 3); --alumni-font-size: 20px');
    expect(color(part(signup, 'submit'), 'background-color')).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(signup, 'base')).fontSize).to.equal('20px');
  });

  const HOSTILE = [
    '* { all: revert; font-size: 40px } html { font-size: 62.5% }',
    // Inherited properties reach into shadow roots unless the element resets them.
    'body { line-height: 3; letter-spacing: 4px; word-spacing: 12px; text-transform: uppercase; font-weight: 700 }',
  ];
  for (const css of HOSTILE) {
    it(`keeps its layout under a hostile host stylesheet: ${css}`, async () => {
      const signup = await signupInBox();
      const before = layout(signup);
      const hostile = document.createElement('style');
      hostile.textContent = css;
      document.head.append(hostile);
      try {
        expect(layout(signup)).to.deep.equal(before);
        expect(getComputedStyle(part(signup, 'base')).fontSize).to.equal('16px');
      } finally {
        hostile.remove();
      }
    });
  }

  it('follows prefers-color-scheme unless theme="light" or theme="dark" says otherwise', async () => {
    const signup = await signupFixture(
      html`<alumni-signup .backend=${recordingBackend().backend}></alumni-signup>`,
    );
    const base = part(signup, 'base');
    const white = 'rgb(255, 255, 255)';
    const dark = 'rgb(13, 17, 23)';
    expect(color(base, 'background-color')).to.equal(white);
    await emulateMedia({ colorScheme: 'dark' });
    expect(color(base, 'background-color')).to.equal(dark);
    signup.setAttribute('theme', 'light');
    expect(color(base, 'background-color')).to.equal(white);
    await emulateMedia({ colorScheme: 'light' });
    signup.setAttribute('theme', 'dark');
    expect(color(base, 'background-color')).to.equal(dark);
  });

  it('styles only its shadow root, and sizes nothing in rem', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const signup = await signupInBox();
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    const css = (signup.shadowRoot?.adoptedStyleSheets ?? [])
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css).to.contain('--alumni-color-accent');
    expect(css).not.to.match(/\d(\.\d+)?rem\b/);
    expect(signup.shadowRoot?.querySelector('[style]')).to.equal(null);
  });

  it('exposes its boxes to ::part() on the host page', async () => {
    const signup = await signupInBox();
    const style = document.createElement('style');
    style.textContent = 'alumni-signup::part(input) { border-color: rgb(200, 0, 100) }';
    document.head.append(style);
    try {
      const input = signup.shadowRoot?.querySelector('#field-name') as HTMLInputElement;
      expect(getComputedStyle(input).borderTopColor).to.equal('rgb(200, 0, 100)');
    } finally {
      style.remove();
    }
  });
});
