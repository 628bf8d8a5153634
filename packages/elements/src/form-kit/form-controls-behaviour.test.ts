import { expect, fixture, html } from '@open-wc/testing';
import './define.ts';
import type { CheckboxGroup } from './checkbox-group.ts';
import type { MonthField } from './month-field.ts';
import type { TextareaField } from './textarea-field.ts';
import type { TextField } from './text-field.ts';

function type(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('form-kit controls', () => {
  it('text field: a real input with autocomplete, label, hint and the required marker', async () => {
    const field = await fixture<TextField>(
      html`<alumni-text-field
        name="email"
        type="email"
        autocomplete="email"
        label="E-mail"
        hint="We write to this address."
        required
      ></alumni-text-field>`,
    );
    const input = field.querySelector('input') as HTMLInputElement;
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.labels?.[0]?.textContent).to.match(/E-mail\s+\(required\)/);
    expect(input.getAttribute('aria-describedby')).to.equal('field-email-hint');
    type(input, 'ada@example.com');
    expect(field.value).to.equal('ada@example.com');
  });

  it('text field: the required marker and the error prefix in Japanese', async () => {
    const field = await fixture<TextField>(
      html`<alumni-text-field
        name="name"
        label="氏名"
        required
        locale="ja"
        error="必須です"
      ></alumni-text-field>`,
    );
    expect(field.querySelector('label')?.textContent).to.contain('（必須）');
    expect(field.querySelector('[part~="error"]')?.textContent).to.contain('エラー:');
  });

  it('textarea: counts down the characters left, and up past the limit without cutting', async () => {
    const field = await fixture<TextareaField>(
      html`<alumni-textarea-field name="ideas" label="Ideas" maxlength="10"></alumni-textarea-field>`,
    );
    const textarea = field.querySelector('textarea') as HTMLTextAreaElement;
    const counter = field.querySelector('[part~="counter"]') as HTMLElement;
    expect(textarea.getAttribute('aria-describedby')).to.contain(counter.id);
    expect(counter.textContent?.trim()).to.equal('You have 10 characters left');
    type(textarea, 'Reunion');
    await field.updateComplete;
    expect(counter.textContent?.trim()).to.equal('You have 3 characters left');
    type(textarea, 'Reunion in Osaka');
    await field.updateComplete;
    expect(field.value).to.equal('Reunion in Osaka');
    expect(counter.textContent?.trim()).to.equal('You have 6 characters too many');
  });

  it('checkbox group: the value lists the chosen options in their order', async () => {
    const options = ['mentoring', 'speaking', 'events'].map((value) => ({ value, label: value }));
    const group = await fixture<CheckboxGroup>(
      html`<alumni-checkbox-group
        name="interests"
        label="Interests"
        .options=${options}
      ></alumni-checkbox-group>`,
    );
    const boxes = [...group.querySelectorAll('input')];
    boxes[2]?.click();
    boxes[0]?.click();
    expect(group.value).to.deep.equal(['mentoring', 'events']);
    boxes[2]?.click();
    expect(group.value).to.deep.equal(['mentoring']);
  });

  it('month: a month named through Intl and a typed year make YYYY-MM; half a month is kept', async () => {
    const field = await fixture<MonthField>(
      html`<alumni-month-field name="joinedOn" label="When you joined"></alumni-month-field>`,
    );
    const [month, year] = [field.querySelector('select'), field.querySelector('input')] as [
      HTMLSelectElement,
      HTMLInputElement,
    ];
    expect(month.options[4]?.textContent?.trim()).to.equal('April');
    type(year, '2019');
    await field.updateComplete;
    expect(field.value).to.equal('2019-');
    type(month, '04');
    expect(field.value).to.equal('2019-04');
    type(year, '');
    expect(field.value).to.equal('-04');
  });

  it('month: in Japanese the year comes first and months are named 1月 … 12月', async () => {
    const field = await fixture<MonthField>(
      html`<alumni-month-field
        name="leftOn"
        label="退職時期"
        locale="ja"
        .value=${'2024-03'}
      ></alumni-month-field>`,
    );
    const labels = [...field.querySelectorAll('label')].map((label) => label.textContent?.trim());
    expect(labels).to.deep.equal(['年', '月']);
    const month = field.querySelector('select') as HTMLSelectElement;
    expect(month.selectedOptions[0]?.textContent?.trim()).to.equal('3月');
    expect((field.querySelector('input') as HTMLInputElement).value).to.equal('2024');
  });
});
