import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.ts';
import type { NpsField } from './nps-field.ts';
import type { RadioGroup } from './radio-group.ts';
import type { RatingField } from './rating-field.ts';

/** Tabs from the page into the control, as a keyboard user arrives at it. */
async function tabInto(element: HTMLElement): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await sendKeys({ press: 'Tab' });
  expect(element.contains(document.activeElement)).to.equal(true);
}

describe('radio group, rating and NPS by keyboard', () => {
  it('radio group: Space chooses the focused option, arrows move the choice', async () => {
    const options = [
      { value: 'online', label: 'Online' },
      { value: 'in-person', label: 'In person' },
      { value: 'hybrid', label: 'Hybrid' },
    ];
    const group = await fixture<RadioGroup>(
      html`<alumni-radio-group name="format" label="Format" .options=${options}></alumni-radio-group>`,
    );
    await tabInto(group);
    await sendKeys({ press: 'Space' });
    expect(group.value).to.equal('online');
    await sendKeys({ press: 'ArrowDown' });
    expect(group.value).to.equal('in-person');
    await sendKeys({ press: 'ArrowRight' });
    expect(group.value).to.equal('hybrid');
    await sendKeys({ press: 'ArrowUp' });
    expect(group.value).to.equal('in-person');
  });

  it('rating: arrows move between 1 and 5 stars, and the stars up to the rating are lit', async () => {
    const rating = await fixture<RatingField>(
      html`<alumni-rating-field name="rating" label="How was it?"></alumni-rating-field>`,
    );
    await tabInto(rating);
    await sendKeys({ press: 'Space' });
    expect(rating.value).to.equal(1);
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'ArrowRight' });
    expect(rating.value).to.equal(4);
    await rating.updateComplete;
    const lit = [...rating.querySelectorAll('[part~="star"]')].map((star) => star.part.contains('on'));
    expect(lit).to.deep.equal([true, true, true, true, false]);
    const focused = document.activeElement as HTMLInputElement;
    expect(focused.labels?.[0]?.textContent?.trim()).to.contain('4 of 5');
  });

  it('NPS: eleven choices from 0 to 10, the ends explained, arrows wrap around', async () => {
    const nps = await fixture<NpsField>(
      html`<alumni-nps-field name="nps" label="Recommend us?"></alumni-nps-field>`,
    );
    expect(nps.querySelectorAll('input[type="radio"]').length).to.equal(11);
    const fieldset = nps.querySelector('fieldset') as HTMLFieldSetElement;
    const scale = nps.querySelector('[part~="scale"]') as HTMLElement;
    expect(fieldset.getAttribute('aria-describedby')).to.contain(scale.id);
    await tabInto(nps);
    await sendKeys({ press: 'Space' });
    expect(nps.value).to.equal(0);
    await sendKeys({ press: 'ArrowLeft' });
    expect(nps.value).to.equal(10);
  });

  it('a chosen radio is where focus lands', async () => {
    const nps = await fixture<NpsField>(
      html`<alumni-nps-field name="nps" label="Recommend us?"></alumni-nps-field>`,
    );
    nps.value = 7;
    await nps.updateComplete;
    nps.focus();
    expect((document.activeElement as HTMLInputElement).checked).to.equal(true);
    expect(document.activeElement?.nextElementSibling?.textContent?.trim()).to.equal('7');
  });
});
