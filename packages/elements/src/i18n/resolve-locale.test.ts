import { createMemoryBackend } from '@alumni-kit/client/memory-backend';
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { configure } from '../config/configure.ts';
import type { AlumniSignup } from '../signup/alumni-signup.ts';
import '../signup/define.ts';
import { signupStrings } from '../signup/strings.ts';
import { resolveLocale } from './resolve-locale.ts';

describe('resolveLocale', () => {
  afterEach(() => {
    configure({ lang: undefined });
    document.documentElement.removeAttribute('lang');
  });

  it('takes the element’s own lang, then the closest ancestor’s (ja-JP → ja, fr → en)', async () => {
    const page = fixtureSync(
      html`<div lang="ja-JP">
        <p lang="fr"><span></span></p>
        <em></em>
      </div>`,
    );
    expect(resolveLocale(page.querySelector('em')!)).to.equal('ja');
    expect(resolveLocale(page.querySelector('span')!)).to.equal('en');
    page.querySelector('span')!.setAttribute('lang', 'ja');
    expect(resolveLocale(page.querySelector('span')!)).to.equal('ja');
  });

  it('reads a lang set as a property before it is reflected (as frameworks set it)', async () => {
    const element = fixtureSync<HTMLElement>(html`<div lang="en"><p></p></div>`).querySelector('p')!;
    Object.defineProperty(element, 'lang', { value: 'ja', configurable: true });
    expect(element.getAttribute('lang')).to.equal(null);
    expect(resolveLocale(element)).to.equal('ja');
  });

  it('an element whose lang property changes renders in the new language at once', async () => {
    const signup = await fixture<AlumniSignup>(
      html`<alumni-signup lang="en" .backend=${createMemoryBackend()}></alumni-signup>`,
    );
    const title = () => signup.shadowRoot?.querySelector('[part~="title"]')?.textContent;
    expect(title()).to.equal(signupStrings.en.title);
    signup.lang = 'ja';
    await signup.updateComplete;
    expect(title()).to.equal(signupStrings.ja.title);
  });

  it('looks through the shadow roots the element sits in', async () => {
    const host = fixtureSync(html`<div lang="ja"><section></section></div>`);
    const root = host.querySelector('section')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><b></b></p>';
    expect(resolveLocale(root.querySelector('b')!)).to.equal('ja');
  });

  it('skips an empty lang, then falls back to configure({ lang }) and then the browser', async () => {
    const element = fixtureSync<HTMLElement>(html`<p lang=""></p>`);
    expect(resolveLocale(element)).to.equal(navigator.language.startsWith('ja') ? 'ja' : 'en');
    configure({ lang: 'ja' });
    expect(resolveLocale(element)).to.equal('ja');
    document.documentElement.lang = 'en';
    expect(resolveLocale(element)).to.equal('en');
  });
});
