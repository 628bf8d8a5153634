import { expect, fixtureSync, html } from '@open-wc/testing';
import { register } from '../registry/register.ts';
import { ChoiceAnswerField } from './choice-answer-field.ts';

register('alumni-choice-answer-field', ChoiceAnswerField);

const options = [
  { value: 'opt_email', label: 'An e-mail' },
  { value: 'opt_colleague', label: 'A colleague' },
];

async function inForm(multiple: boolean) {
  // Synchronously: awaiting `fixture` on a plain element waits for a frame, and frames stall
  // in the runner's background tab.
  const form = fixtureSync<HTMLFormElement>(
    html`<form>
      <alumni-choice-answer-field
        name="heard"
        label="How did you hear about it?"
        allow-other
        ?multiple=${multiple}
        .options=${options}
      ></alumni-choice-answer-field>
    </form>`,
  );
  const field = form.querySelector('alumni-choice-answer-field') as ChoiceAnswerField;
  await field.updateComplete;
  const inputs = () => [...field.querySelectorAll<HTMLInputElement>('input')];
  const otherBox = () => field.querySelector('[part~="other"]') as HTMLElement;
  return { form, field, inputs, otherBox };
}

function type(input: HTMLInputElement | undefined, value: string): void {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('alumni-choice-answer-field', () => {
  it('single choice: radios, and "Other" reveals a labelled text input whose text it keeps', async () => {
    const { field, inputs, otherBox } = await inForm(false);
    expect(inputs().map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio', 'text']);
    expect(inputs()[2]?.labels?.[0]?.textContent).to.equal('Other');
    expect(otherBox().hidden).to.equal(true);

    inputs()[2]?.click();
    await field.updateComplete;
    expect(field.value).to.deep.equal({ choices: [], other: '' });
    expect(otherBox().hidden).to.equal(false);
    expect(inputs()[3]?.labels?.[0]?.textContent).to.equal('Tell us what');
    type(inputs()[3], 'A podcast');
    expect(field.value).to.deep.equal({ choices: [], other: 'A podcast' });
    await expect(field).to.be.accessible();

    inputs()[1]?.click();
    await field.updateComplete;
    expect(field.value).to.deep.equal({ choices: ['opt_colleague'] });
    expect(otherBox().hidden).to.equal(true);
    inputs()[2]?.click();
    expect(field.value).to.deep.equal({ choices: [], other: 'A podcast' });
  });

  it('multiple choice: checkboxes, the choices in the options’ order, "Other" beside them', async () => {
    const { field, inputs } = await inForm(true);
    expect(inputs().map((input) => input.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'text']);
    inputs()[1]?.click();
    inputs()[2]?.click();
    inputs()[0]?.click();
    type(inputs()[3], 'Newsletter');
    expect(field.value).to.deep.equal({ choices: ['opt_email', 'opt_colleague'], other: 'Newsletter' });
    inputs()[2]?.click();
    expect(field.value).to.deep.equal({ choices: ['opt_email', 'opt_colleague'] });
    await expect(field).to.be.accessible();
  });

  it('gives the form its choices and its "Other" text, and empties on reset', async () => {
    const { form, field } = await inForm(true);
    field.value = { choices: ['opt_colleague'], other: 'A flyer' };
    await field.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([
      ['heard', 'opt_colleague'],
      ['heard.other', 'A flyer'],
    ]);
    form.reset();
    await field.updateComplete;
    expect(field.value).to.deep.equal({ choices: [] });
    expect([...new FormData(form)]).to.deep.equal([]);
  });

  it('an error marks every input, and focus goes to the "Other" text when it is what is missing', async () => {
    const { field, inputs } = await inForm(false);
    field.value = { choices: [], other: '' };
    field.error = 'This field is required.';
    await field.updateComplete;
    expect(inputs().every((input) => input.getAttribute('aria-invalid') === 'true')).to.equal(true);
    field.focus();
    expect(document.activeElement).to.equal(inputs()[3]);
    await expect(field).to.be.accessible();

    field.value = { choices: ['opt_email'] };
    await field.updateComplete;
    field.focus();
    expect(document.activeElement).to.equal(inputs()[0]);
  });
});
