import { AlumniNetworkError } from '@alumni-kit/client';
import { DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { expect, html } from '@open-wc/testing';
import { deferred, fill, part, serverError, submit } from '../../test/helpers/form.ts';
import { VALID_ALUMNI, defaultSignup, recordingBackend, signupFixture } from '../../test/helpers/signup.ts';
import type { AlumniSignup, SignupState } from './alumni-signup.ts';
import { signupStrings } from './strings.ts';

/** Answers held back to keep a signup sending; released after each test. */
const held: (() => void)[] = [];

/** Brings a fresh signup in `lang` to each state, the way a person would get there. */
const REACH: Record<SignupState, (lang: string) => Promise<AlumniSignup>> = {
  idle: (lang) => defaultSignup(recordingBackend().backend, lang),
  invalid: async (lang) => {
    const signup = await defaultSignup(recordingBackend().backend, lang);
    await fill(signup, { email: 'not an address' });
    await submit(signup);
    return signup;
  },
  submitting: async (lang) => {
    const hold = deferred();
    const signup = await defaultSignup(recordingBackend([{ hold: hold.promise }]).backend, lang);
    await fill(signup, VALID_ALUMNI);
    part(signup, 'submit').click();
    await signup.updateComplete;
    held.push(hold.release);
    return signup;
  },
  success: async (lang) => {
    const signup = await defaultSignup(recordingBackend().backend, lang);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    return signup;
  },
  'already-member': async (lang) => {
    const signup = await defaultSignup(recordingBackend().backend, lang);
    await fill(signup, { ...VALID_ALUMNI, email: DEMO_IDS.members.alumna.email });
    await submit(signup);
    return signup;
  },
  'server-error': async (lang) => {
    const signup = await defaultSignup(recordingBackend([serverError()]).backend, lang);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    return signup;
  },
  offline: async (lang) => {
    const signup = await defaultSignup(
      recordingBackend([new AlumniNetworkError('Failed to fetch')]).backend,
      lang,
    );
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    return signup;
  },
};

describe('<alumni-signup> states', () => {
  afterEach(() => {
    for (const release of held.splice(0)) release();
    sessionStorage.clear();
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const [state, reach] of Object.entries(REACH) as [
      SignupState,
      (lang: string) => Promise<AlumniSignup>,
    ][]) {
      it(`${state} (${lang}): axe finds no violation, and the state shows as a CSS custom state`, async () => {
        const signup = await reach(lang);
        expect(signup.state).to.equal(state);
        expect(signup.matches(`:state(${state})`)).to.equal(true);
        expect(part(signup, 'base').lang).to.equal(lang);
        const heading = signup.shadowRoot?.querySelector('h2')?.textContent ?? '';
        if (state !== 'success') expect(heading).to.equal(signupStrings[lang].title);
        await expect(signup).to.be.accessible();
      });
    }
  }

  for (const state of ['idle', 'invalid', 'already-member', 'offline'] as const) {
    it(`${state} in the dark theme: axe finds no violation (contrast included)`, async () => {
      const signup = await REACH[state]('en');
      signup.setAttribute('theme', 'dark');
      await signup.updateComplete;
      await expect(signup).to.be.accessible();
    });
  }

  it('the success state shows the slotted thank-you instead of the default one', async () => {
    const signup = await signupFixture(
      html`<alumni-signup privacy-version="2026-04" .backend=${recordingBackend().backend}>
        <p slot="success">See you at the reunion!</p>
      </alumni-signup>`,
    );
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    const slot = part(signup, 'success').querySelector('slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'See you at the reunion!',
    ]);
  });
});
