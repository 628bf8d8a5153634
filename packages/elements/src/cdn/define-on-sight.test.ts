import { expect, fixtureSync, html } from '@open-wc/testing';
import { defineOnSight } from './define-on-sight.ts';

/** A loader that counts its calls. */
function counting() {
  const calls = { count: 0 };
  const load = () => {
    calls.count += 1;
    return Promise.resolve();
  };
  return { calls, load };
}

/** Lets the MutationObserver's callback run. */
const observed = () => new Promise((resolve) => setTimeout(resolve));

describe('defineOnSight', () => {
  it('loads the tags already in the root at once, and no other', () => {
    const root = fixtureSync(
      html`<div>
        <section><x-here></x-here></section>
      </div>`,
    );
    const here = counting();
    const absent = counting();

    defineOnSight({ 'x-here': here.load, 'x-absent': absent.load }, root);

    expect([here.calls.count, absent.calls.count]).to.deep.equal([1, 0]);
  });

  it('loads a tag once, however many of its elements appear, added alone or deep in a subtree', async () => {
    const root = fixtureSync(html`<div></div>`);
    const later = counting();
    defineOnSight({ 'x-later': later.load }, root);
    expect(later.calls.count).to.equal(0);

    const subtree = document.createElement('section');
    subtree.innerHTML = '<p><x-later></x-later><x-later></x-later></p>';
    root.append(subtree);
    await observed();
    root.append(document.createElement('x-later'));
    await observed();

    expect(later.calls.count).to.equal(1);
  });

  it('loads an element that is the added node itself', async () => {
    const root = fixtureSync(html`<div></div>`);
    const added = counting();
    defineOnSight({ 'x-added': added.load }, root);

    root.append(document.createElement('x-added'));
    await observed();

    expect(added.calls.count).to.equal(1);
  });

  it('does not look into shadow roots', async () => {
    const root = fixtureSync(html`<div></div>`);
    const inside = counting();
    defineOnSight({ 'x-inside': inside.load }, root);

    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<x-inside></x-inside>';
    root.append(host);
    await observed();

    expect(inside.calls.count).to.equal(0);
  });
});
