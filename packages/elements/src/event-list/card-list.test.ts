import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, LitElement, type TemplateResult } from 'lit';
import { cardListItems, cardListStyles } from './card-list.ts';

interface Item {
  id: string;
  title: string;
}

const items = (from: number, count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `evt_${from + index}`,
    title: `Event ${from + index}`,
  }));

/** A list of cards like `<alumni-event-list>`'s, in a box of a known size; counts the cards it renders. */
class CardListHost extends LitElement {
  static override styles = [
    cardListStyles,
    css`
      :host {
        display: block;
        inline-size: 400px;
      }
      ul {
        display: grid;
        gap: 8px;
        margin: 0;
        padding: 0;
      }
      article {
        block-size: 120px;
      }
    `,
  ];

  static override properties = {
    items: { attribute: false },
    suffix: { attribute: false },
  };

  declare items: Item[];
  /** A value the cards show besides their item, passed to `cardList` as an input. */
  declare suffix: string;
  cardsRendered = 0;

  constructor() {
    super();
    this.items = [];
    this.suffix = '';
  }

  private card(item: Item): TemplateResult {
    this.cardsRendered++;
    return html`<li part="event" data-event-id=${item.id}>
      <article part="card" tabindex="-1" aria-labelledby="title-${item.id}">
        <h3 id="title-${item.id}">${item.title}${this.suffix}</h3>
        <p>Online</p>
      </article>
    </li>`;
  }

  protected override render() {
    return html`<ul part="list" role="list">
      ${cardListItems(this.items, (item) => this.card(item), [this.suffix])}
    </ul>`;
  }
}
customElements.define('card-list-host', CardListHost);

async function cardListHost(shown: Item[]): Promise<CardListHost> {
  return fixture<CardListHost>(testHtml`<card-list-host .items=${shown}></card-list-host>`);
}

const root = (host: CardListHost) => host.shadowRoot as ShadowRoot;
const cards = (host: CardListHost) => [...root(host).querySelectorAll<HTMLElement>('ul > li')];
const contentVisibility = (card: HTMLElement | undefined) =>
  getComputedStyle(card as HTMLElement).contentVisibility;

// Whether the browser then skips laying out the off-screen cards needs rendered frames, which a
// background tab of the test runner does not get: the benchmark (bench/) measures that effect.
describe('cardListItems', () => {
  it('fills the list with the cards alone, in order', async () => {
    const host = await cardListHost(items(0, 50));
    const list = root(host).querySelector('ul') as HTMLUListElement;
    expect([...list.children].map((child) => child.localName)).to.deep.equal(Array(50).fill('li'));
    expect(cards(host).map((card) => card.dataset.eventId)).to.deep.equal(items(0, 50).map(({ id }) => id));
    await expect(host).shadowDom.to.be.accessible();
  });

  it('keeps the cards already shown when a page is appended, and renders only the new ones', async () => {
    const firstPage = items(0, 50);
    const host = await cardListHost(firstPage);
    const before = cards(host);
    host.cardsRendered = 0;
    host.items = [...firstPage, ...items(50, 20)];
    await host.updateComplete;
    const after = cards(host);
    expect(after).to.have.length(70);
    expect(after.slice(0, 50)).to.deep.equal(before);
    expect(host.cardsRendered).to.equal(20);
  });

  it('renders the cards again when an input changes, and only then', async () => {
    const host = await cardListHost(items(0, 50));
    host.cardsRendered = 0;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.cardsRendered).to.equal(0);
    host.suffix = ' (updated)';
    await host.updateComplete;
    expect(host.cardsRendered).to.equal(50);
    expect(cards(host)[0]?.textContent).to.contain('Event 0 (updated)');
  });

  it('lays out every card of a list of 200 as usual', async () => {
    const host = await cardListHost(items(0, 200));
    expect(cards(host).map(contentVisibility)).to.not.include('auto');
  });

  it('past 200 cards, keeps them all in the DOM and lets the browser skip the off-screen ones', async () => {
    const host = await cardListHost(items(0, 1_000));
    const all = cards(host);
    expect(all).to.have.length(1_000);
    expect(all.slice(0, 200).map(contentVisibility)).to.not.include('auto');
    expect(new Set(all.slice(200).map(contentVisibility))).to.deep.equal(new Set(['auto']));
  });

  // 300 cards, a third of them past the 200th: axe takes seconds per thousand cards on 2 cores.
  it('keeps a long list accessible', async () => {
    const host = await cardListHost(items(0, 300));
    expect(contentVisibility(cards(host)[200])).to.equal('auto');
    await expect(host).shadowDom.to.be.accessible();
  });

  it('lets the first card of an appended page take the focus, however far down', async () => {
    const firstPage = items(0, 1_000);
    const host = await cardListHost(firstPage);
    host.items = [...firstPage, ...items(1_000, 20)];
    await host.updateComplete;
    const first = root(host).querySelector<HTMLElement>('[data-event-id="evt_1000"] > article');
    first?.focus();
    expect(root(host).activeElement).to.equal(first);
  });
});
