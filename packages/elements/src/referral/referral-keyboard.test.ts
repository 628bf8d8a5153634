import { DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, focused, part, settled } from '../../test/helpers/form.ts';
import { defaultReferral, recordingBackend } from '../../test/helpers/referral.ts';
import type { AlumniReferralForm } from './alumni-referral-form.ts';

const startFromThePage = () => (document.activeElement as HTMLElement | null)?.blur();

const focusName = (form: AlumniReferralForm) => {
  const element = focused(form);
  return element ? element.id || element.getAttribute('part') || element.localName : '';
};

async function tab(times = 1): Promise<void> {
  for (let press = 0; press < times; press++) await sendKeys({ press: 'Tab' });
}

describe('<alumni-referral-form> by keyboard alone', () => {
  afterEach(() => sessionStorage.clear());

  it('Tab visits every field in order, each radio group once, skips the honeypot, and ends on the button', async () => {
    const form = await defaultReferral(recordingBackend().backend);
    startFromThePage();
    const visited: string[] = [];
    for (let press = 0; press < 20; press++) {
      await sendKeys({ press: 'Tab' });
      const name = focusName(form);
      if (!name) break;
      visited.push(name);
    }
    expect(visited).to.deep.equal([
      'field-referrer.name',
      'field-referrer.email',
      'field-roleId-search',
      'field-roleId',
      'field-candidate.name',
      'field-candidate.email',
      'field-candidate.profileUrl',
      'field-relationship',
      'field-knownFor',
      'field-note',
      'field-candidateConsent',
      'a',
      'submit',
    ]);
  });

  it('a person completes the referral with the keyboard, guided to what is missing', async () => {
    const { backend, calls } = recordingBackend();
    const form = await defaultReferral(backend);
    startFromThePage();
    await tab();
    await sendKeys({ type: 'Ada Lovelace' });
    await tab();
    await sendKeys({ type: 'ada@example.com' });
    await tab();
    await sendKeys({ type: 'design' });
    await tab();
    // Focus is on the first radio (the general referral): the next one down is the designer.
    await sendKeys({ press: 'ArrowDown' });
    await tab();
    await sendKeys({ type: 'Grace Hopper' });
    await tab();
    await sendKeys({ type: 'grace.hopper@example.org' });
    await sendKeys({ press: 'Enter' });
    await settled(form);

    expect(form.state).to.equal('invalid');
    expect(calls).to.have.length(0);
    expect(focusName(form)).to.equal('field-relationship');
    await sendKeys({ press: 'ArrowDown' });
    await tab();
    await sendKeys({ press: 'ArrowDown' });
    await tab();
    await sendKeys({ type: 'We built the compiler together.' });
    await tab();
    await sendKeys({ press: 'Space' });
    await tab(2);
    expect(focused(form)).to.equal(part(form, 'submit'));
    await sendKeys({ press: 'Enter' });
    await settled(form);

    expect(form.state).to.equal('success');
    expect(calls[0]?.input.body).to.deep.include({
      referrer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      roleId: DEMO_IDS.roles.productDesigner,
      candidate: { name: 'Grace Hopper', email: 'grace.hopper@example.org' },
      relationship: 'former-colleague',
      knownFor: '1-3-years',
      note: 'We built the compiler together.',
      candidateConsent: true,
    });
    expect(focused(form)).to.equal(part(form, 'success'));
    expect(control(form, 'roleId')).to.equal(null);
  });
});
