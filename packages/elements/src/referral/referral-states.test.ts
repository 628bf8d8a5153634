import { expect, fixture, html } from '@open-wc/testing';
import {
  deferred,
  fill,
  networkError,
  part,
  serverError,
  type Step,
  submit,
} from '../../test/helpers/form.ts';
import { VALID, defaultReferral, recordingBackend, referralFixture } from '../../test/helpers/referral.ts';
import type { AlumniReferralForm, ReferralState } from './alumni-referral-form.ts';
import { referralStrings } from './strings.ts';

/** Answers held back to keep a load or a referral pending; released after each test. */
const held: (() => void)[] = [];

function hold(): Step {
  const { promise, release } = deferred();
  held.push(release);
  return { hold: promise };
}

/** A referral form whose every field is filled in, sent against `referrals`. */
async function sent(lang: string, referrals: Step[]): Promise<AlumniReferralForm> {
  const form = await defaultReferral(recordingBackend(referrals).backend, lang);
  await fill(form, VALID);
  await submit(form);
  return form;
}

/** Brings a fresh form in `lang` to each state, the way a person would get there. */
const REACH: Record<ReferralState, (lang: string) => Promise<AlumniReferralForm>> = {
  'loading-roles': (lang) =>
    fixture(
      html`<alumni-referral-form
        lang=${lang}
        .backend=${recordingBackend([], [hold()]).backend}
      ></alumni-referral-form>`,
    ),
  'roles-failed': (lang) => defaultReferral(recordingBackend([], [networkError()]).backend, lang),
  idle: (lang) => defaultReferral(recordingBackend().backend, lang),
  invalid: async (lang) => {
    const form = await defaultReferral(recordingBackend().backend, lang);
    await fill(form, { 'candidate.email': 'not an address' });
    await submit(form);
    return form;
  },
  submitting: async (lang) => {
    const form = await defaultReferral(recordingBackend([hold()]).backend, lang);
    await fill(form, VALID);
    part(form, 'submit').click();
    await form.updateComplete;
    return form;
  },
  success: (lang) => sent(lang, []),
  duplicate: async (lang) => {
    const { backend, referredBefore } = recordingBackend();
    await referredBefore();
    const form = await defaultReferral(backend, lang);
    await fill(form, VALID);
    await submit(form);
    return form;
  },
  'server-error': (lang) => sent(lang, [serverError()]),
  offline: (lang) => sent(lang, [networkError()]),
};

describe('<alumni-referral-form> states', () => {
  afterEach(() => {
    for (const release of held.splice(0)) release();
    sessionStorage.clear();
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const [state, reach] of Object.entries(REACH) as [
      ReferralState,
      (lang: string) => Promise<AlumniReferralForm>,
    ][]) {
      it(`${state} (${lang}): axe finds no violation, and the state shows as a CSS custom state`, async () => {
        const form = await reach(lang);
        expect(form.state).to.equal(state);
        expect(form.matches(`:state(${state})`)).to.equal(true);
        expect(part(form, 'base').lang).to.equal(lang);
        const heading = form.shadowRoot?.querySelector('h2')?.textContent ?? '';
        const t = referralStrings[lang];
        expect(heading).to.equal(state === 'success' ? t.thanks : t.title);
        await expect(form).to.be.accessible();
      });
    }
  }

  for (const state of ['idle', 'invalid', 'roles-failed', 'duplicate', 'offline'] as const) {
    it(`${state} in the dark theme: axe finds no violation (contrast included)`, async () => {
      const form = await REACH[state]('en');
      form.setAttribute('theme', 'dark');
      await form.updateComplete;
      await expect(form).to.be.accessible();
    });
  }

  it('the success state shows the slotted thank-you instead of the default one', async () => {
    const form = await referralFixture(
      html`<alumni-referral-form .backend=${recordingBackend().backend}>
        <p slot="success">Thank you! Our recruiters take it from here.</p>
      </alumni-referral-form>`,
    );
    await fill(form, VALID);
    await submit(form);
    const slot = part(form, 'success').querySelector('slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal([
      'Thank you! Our recruiters take it from here.',
    ]);
  });
});
