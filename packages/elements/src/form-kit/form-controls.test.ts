import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import './define.ts';
import type { FormControl } from './form-control.ts';

const options = [
  { value: 'a', label: 'Apples' },
  { value: 'b', label: 'Bananas' },
  { value: 'c', label: 'Cherries' },
];

interface Case {
  tag: string;
  control: TemplateResult;
  value: unknown;
  /** What the value adds to the form's data under the control's name. */
  entries: string[];
  empty: unknown;
}

/** Every control of the kit, each named `f`, with a value it can hold. */
const CASES: Case[] = [
  {
    tag: 'alumni-text-field',
    control: html`<alumni-text-field name="f" label="Name" autocomplete="name"></alumni-text-field>`,
    value: 'Ada Lovelace',
    entries: ['Ada Lovelace'],
    empty: '',
  },
  {
    tag: 'alumni-text-field (date)',
    control: html`<alumni-text-field name="f" label="Start date" type="date"></alumni-text-field>`,
    value: '2026-04-01',
    entries: ['2026-04-01'],
    empty: '',
  },
  {
    tag: 'alumni-month-field',
    control: html`<alumni-month-field name="f" label="When you joined"></alumni-month-field>`,
    value: '2019-04',
    entries: ['2019-04'],
    empty: '',
  },
  {
    tag: 'alumni-select-field',
    control: html`<alumni-select-field name="f" label="Fruit" .options=${options}></alumni-select-field>`,
    value: 'b',
    entries: ['b'],
    empty: '',
  },
  {
    tag: 'alumni-checkbox-group',
    control: html`<alumni-checkbox-group
      name="f"
      label="Fruits"
      .options=${options}
    ></alumni-checkbox-group>`,
    value: ['a', 'c'],
    entries: ['a', 'c'],
    empty: [],
  },
  {
    tag: 'alumni-checkbox-field',
    control: html`<alumni-checkbox-field name="f" label="I agree"></alumni-checkbox-field>`,
    value: true,
    entries: ['on'],
    empty: false,
  },
  {
    tag: 'alumni-radio-group',
    control: html`<alumni-radio-group name="f" label="Fruit" .options=${options}></alumni-radio-group>`,
    value: 'c',
    entries: ['c'],
    empty: undefined,
  },
  {
    tag: 'alumni-textarea-field',
    control: html`<alumni-textarea-field name="f" label="Ideas" maxlength="200"></alumni-textarea-field>`,
    value: 'More reunions\nin Osaka',
    entries: ['More reunions\nin Osaka'],
    empty: '',
  },
  {
    tag: 'alumni-rating-field',
    control: html`<alumni-rating-field name="f" label="How was the event?"></alumni-rating-field>`,
    value: 4,
    entries: ['4'],
    empty: undefined,
  },
  {
    tag: 'alumni-nps-field',
    control: html`<alumni-nps-field name="f" label="Would you recommend us?"></alumni-nps-field>`,
    value: 0,
    entries: ['0'],
    empty: undefined,
  },
];

async function inForm(control: TemplateResult) {
  // Synchronously: awaiting `fixture` on a plain element waits for a frame, and frames stall
  // in the runner's background tab.
  const form = fixtureSync<HTMLFormElement>(html`<form>${control}</form>`);
  const element = form.querySelector('[name="f"]') as FormControl<unknown>;
  await element.updateComplete;
  return { form, element };
}

const nativeControls = (element: Element) => [...element.querySelectorAll('input, select, textarea')];

for (const { tag, control, value, entries, empty } of CASES) {
  describe(`${tag} (form-kit conformance)`, () => {
    it('is accessible, with a label on every native control', async () => {
      const { element } = await inForm(control);
      await expect(element).to.be.accessible();
    });

    it('puts its value in the form data under its name', async () => {
      const { form, element } = await inForm(control);
      expect(new FormData(form).getAll('f')).to.deep.equal([]);
      element.value = value;
      await element.updateComplete;
      expect(new FormData(form).getAll('f')).to.deep.equal(entries);
    });

    it('shows an error inline, marks the input invalid and fails the form on its native input', async () => {
      const { form, element } = await inForm(control);
      element.error = 'Choose something else.';
      await element.updateComplete;
      expect(element.matches(':invalid')).to.equal(true);
      const error = element.querySelector('[part~="error"]') as HTMLElement;
      expect(error.textContent).to.contain('Choose something else.');
      for (const native of nativeControls(element)) {
        expect(native.getAttribute('aria-invalid')).to.equal('true');
      }
      const described = element.querySelector('[aria-describedby]') as HTMLElement;
      expect(described.getAttribute('aria-describedby')).to.contain(error.id);
      expect(form.reportValidity()).to.equal(false);
      // The browser moves focus to the validity anchor: the native control.
      expect(nativeControls(element)).to.include(document.activeElement);
      await expect(element).to.be.accessible();

      element.error = '';
      await element.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(element.querySelector('[part~="error"]')).to.equal(null);
    });

    it('empties its value and error when the form is reset', async () => {
      const { form, element } = await inForm(control);
      element.value = value;
      element.error = 'Wrong.';
      form.reset();
      await element.updateComplete;
      expect(element.value).to.deep.equal(empty);
      expect(element.error).to.equal('');
      expect(new FormData(form).getAll('f')).to.deep.equal([]);
    });

    it('restores the state it gave the form', async () => {
      const { element } = await inForm(control);
      element.formStateRestoreCallback(JSON.stringify(value));
      expect(element.value).to.deep.equal(value);
    });

    it('is disabled by a disabled fieldset around it', async () => {
      const { form, element } = await inForm(html`<fieldset>${control}</fieldset>`);
      (form.querySelector('fieldset') as HTMLFieldSetElement).disabled = true;
      await element.updateComplete;
      expect(nativeControls(element).every((native) => (native as HTMLInputElement).disabled)).to.equal(true);
      expect(new FormData(form).getAll('f')).to.deep.equal([]);
    });

    it('moves focus to its native control when focused', async () => {
      const { element } = await inForm(control);
      element.focus();
      expect(nativeControls(element)).to.include(document.activeElement);
    });
  });
}
