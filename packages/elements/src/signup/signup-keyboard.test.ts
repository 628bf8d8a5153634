import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, focused, part, settled } from '../../test/helpers/form.ts';
import { defaultSignup, recordingBackend } from '../../test/helpers/signup.ts';

const startFromThePage = () => (document.activeElement as HTMLElement | null)?.blur();

describe('<alumni-signup> by keyboard alone', () => {
  afterEach(() => sessionStorage.clear());

  it('Tab visits every field in order, skips the honeypot, and ends on the button', async () => {
    const signup = await defaultSignup(recordingBackend().backend);
    startFromThePage();
    const visited: string[] = [];
    for (let press = 0; press < 20; press++) {
      await sendKeys({ press: 'Tab' });
      const element = focused(signup);
      if (!element) break;
      visited.push(element.id || element.getAttribute('part') || element.localName);
    }
    expect(visited).to.deep.equal([
      'field-name',
      'field-email',
      'field-department',
      'field-jobTitle',
      'field-joinedOn',
      'field-joinedOn-year',
      'field-leftOn',
      'field-leftOn-year',
      'field-profileUrl',
      'field-interests',
      'field-interests-1',
      'field-interests-2',
      'field-interests-3',
      'field-interests-4',
      'field-interests-5',
      'field-consent.accepted',
      'a',
      'submit',
    ]);
  });

  it('a person completes the signup with the keyboard, guided to what is missing', async () => {
    const { backend, calls } = recordingBackend();
    const signup = await defaultSignup(backend);
    startFromThePage();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Enter' });
    await settled(signup);

    expect(signup.state).to.equal('invalid');
    expect(calls).to.have.length(0);
    expect(focused(signup)).to.equal(control(signup, 'consent.accepted').querySelector('input'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(signup)).to.equal(part(signup, 'submit'));
    await sendKeys({ press: 'Enter' });
    await settled(signup);

    expect(signup.state).to.equal('success');
    expect(calls[0]?.input.body).to.deep.include({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(focused(signup)).to.equal(part(signup, 'success'));
  });
});
