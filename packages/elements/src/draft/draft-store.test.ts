import { expect, fixtureSync, html } from '@open-wc/testing';
import { DRAFT_LIFETIME_MS, draftStore } from './draft-store.ts';

describe('draftStore', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps values and the pending submission in sessionStorage only, until cleared', async () => {
    const host = fixtureSync(html`<div id="join"></div>`);
    const store = draftStore(host);
    const draft = {
      values: { name: 'Ada', interests: ['events'] },
      submission: { idempotencyKey: 'key-1', body: { name: 'Ada' } },
    };
    store.save(draft);
    expect(draftStore(host).load()).to.deep.equal(draft);
    expect(localStorage.length).to.equal(0);
    store.clear();
    expect(draftStore(host).load()).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps one draft per element: by id, else by position among elements of its kind', async () => {
    const page = fixtureSync(
      html`<div>
        <section id="a"></section>
        <p></p>
        <p></p>
      </div>`,
    );
    const [byId, first, second] = [...page.children];
    draftStore(byId!).save({ values: { name: 'by id' } });
    draftStore(first!).save({ values: { name: 'first' } });
    draftStore(second!).save({ values: { name: 'second' } });
    expect(draftStore(first!).load()?.values).to.deep.equal({ name: 'first' });
    expect(draftStore(second!).load()?.values).to.deep.equal({ name: 'second' });
    expect(draftStore(byId!).load()?.values).to.deep.equal({ name: 'by id' });
  });

  it('keeps one draft per scope of an element (one per event replied to)', async () => {
    const host = fixtureSync(html`<div id="events"></div>`);
    draftStore(host, { scope: 'evt_1' }).save({ values: { name: 'one' } });
    draftStore(host, { scope: 'evt_2' }).save({ values: { name: 'two' } });
    expect(draftStore(host, { scope: 'evt_1' }).load()?.values).to.deep.equal({ name: 'one' });
    expect(draftStore(host, { scope: 'evt_2' }).load()?.values).to.deep.equal({ name: 'two' });
    expect(draftStore(host).load()).to.equal(undefined);
  });

  it('drops a draft older than its lifetime when reading it', async () => {
    const host = fixtureSync(html`<div></div>`);
    let now = 1_000_000;
    const store = draftStore(host, { now: () => now });
    store.save({ values: { name: 'Ada' } });
    now += DRAFT_LIFETIME_MS - 1;
    expect(store.load()?.values).to.deep.equal({ name: 'Ada' });
    now += 1;
    expect(store.load()).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);
  });

  it('reads nothing from an unreadable entry', async () => {
    const host = fixtureSync(html`<div id="broken"></div>`);
    draftStore(host).save({ values: {} });
    sessionStorage.setItem(sessionStorage.key(0) as string, '{not json');
    expect(draftStore(host).load()).to.equal(undefined);
  });
});
