import { css, html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';

/**
 * The cards of a list, to render inside its `<ul part="list">`: `card` renders one item as an
 * `<li>`. A card is rendered again only when its item (a new object) or one of `inputs`
 * changes: pass every value besides the item that `card` reads (locale, time zone…), and event
 * handlers that stay the same function. So when a page is appended, the cards already shown
 * keep their DOM and cost no rendering. Lit reuses a card's DOM by position, not by id:
 * `repeat` would add 0.8 KB gzip for moves that a list which only grows or is replaced whole
 * never makes.
 */
export function cardListItems<T>(
  items: readonly T[],
  card: (item: T) => TemplateResult,
  inputs: readonly unknown[],
): TemplateResult {
  return html`${items.map((item) => guard([item, ...inputs], () => card(item)))}`;
}

/**
 * Past its 200th card, a list keeps every card in the DOM (for find in page, the accessibility
 * tree and focus) but the browser lays out and paints a card only near the viewport. Until it
 * has been shown, such a card takes an estimated size (between a wide row and a card in a
 * 320 px column), then the size it had when last shown. A `:has()` rule switching the whole
 * list at a length would be simpler to read, but costs seconds per change at 10,000 cards.
 */
export const cardListStyles = css`
  [part~='list'] > li:nth-child(n + 201) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 14em;
  }
`;
