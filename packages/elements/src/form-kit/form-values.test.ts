import { fieldError } from '@alumni-kit/contract';
import { expect, fixtureSync, html } from '@open-wc/testing';
import './define.ts';
import { controlsOf, placeErrors, readValues, toBody } from './form-values.ts';

describe('form values', () => {
  it('nests dotted names and leaves out empty text and unchosen options', () => {
    expect(
      toBody({ name: 'Ada', department: '', rating: undefined, 'consent.accepted': false, interests: [] }),
    ).to.deep.equal({ name: 'Ada', consent: { accepted: false }, interests: [] });
  });

  it('puts each error on the control that owns its path and returns the rest', async () => {
    // A plain element is fixed synchronously: awaiting `fixture` would wait for a frame, and
    // frames stall in the runner's background tab.
    const form = fixtureSync<HTMLFormElement>(
      html`<form>
        <alumni-text-field name="email" label="E-mail"></alumni-text-field>
        <alumni-checkbox-group name="interests" label="Interests"></alumni-checkbox-group>
        <alumni-checkbox-field name="consent.accepted" label="I agree"></alumni-checkbox-field>
        <input name="native" />
      </form>`,
    );
    const controls = controlsOf(form);
    expect(controls.map((control) => control.name)).to.deep.equal(['email', 'interests', 'consent.accepted']);
    expect(readValues(controls)).to.deep.equal({ email: '', interests: [], 'consent.accepted': false });
    const errors = [
      fieldError(['email'], 'invalid_email', 'en'),
      fieldError(['email'], 'too_long', 'en', { maximum: 254 }),
      fieldError(['interests', 1], 'invalid_value', 'en'),
      fieldError(['consent', 'privacyPolicyVersion'], 'required', 'en'),
    ];
    const unplaced = placeErrors(controls, errors);
    expect(controls.map((control) => control.error)).to.deep.equal([
      errors[0]!.message,
      errors[2]!.message,
      '',
    ]);
    expect(unplaced).to.deep.equal([errors[3]]);
    placeErrors(controls, []);
    expect(controls.every((control) => control.error === '')).to.equal(true);
  });
});
