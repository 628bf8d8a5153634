import { css } from 'lit';
import { buttonLook, outlineButtonLook } from '../theme/theme.ts';

/**
 * How `<alumni-event-list>` looks, beside the shared theme. It sizes itself by its own width
 * (container queries), not the page's: the same element fits a 320 px sidebar and a full page.
 */
export const eventListStyles = css`
  [part~='base'] {
    container: event-list / inline-size;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
  }
  [part~='filter'] {
    display: grid;
    gap: 4px;
    flex: 1 1 9em;
    font-weight: 600;
  }
  [part~='filter-input'] {
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_field);
    color: inherit;
    font: inherit;
    font-weight: 400;
  }
  /* An empty live region stays in the page, to be announced when it fills, but takes no row. */
  [part~='status']:empty {
    position: absolute;
  }
  [part~='status'] {
    color: var(--_muted);
  }
  [part~='list'] {
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  [part~='card'],
  [part~='placeholder'] {
    display: grid;
    gap: 4px;
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='card'] > * {
    margin: 0;
  }
  [part~='event-title'] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part~='badges'] {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  [part~='badge'] {
    padding: 0 0.5em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='type-badge'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='own-time'] {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='availability'] {
    font-weight: 600;
  }
  [part~='availability'][part~='open'] {
    color: var(--_success);
  }
  [part~='availability'][part~='full'],
  [part~='availability'][part~='cancelled'] {
    color: var(--_danger);
  }
  [part~='summary'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    color: var(--_muted);
  }
  [part~='placeholder'] span {
    display: block;
    block-size: 1em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_muted) 25%, transparent);
  }
  [part~='placeholder'] span:first-child {
    inline-size: 60%;
    block-size: 1.25em;
  }
  [part~='empty'],
  [part~='message'] {
    margin-block-end: var(--_space);
    padding: 12px var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  [part~='message'] {
    border-color: var(--_danger);
  }
  [part~='empty'] > :last-child,
  [part~='message'] > p {
    margin-block-end: 0;
  }
  [part~='retry'],
  [part~='load-more'] {
    ${buttonLook}
  }
  [part~='open-dialog'] {
    ${outlineButtonLook}
  }
  [part~='retry'] {
    margin-block-start: calc(var(--_space) / 2);
  }
  [part~='load-more'][aria-disabled='true'] {
    cursor: progress;
  }
  @container event-list (min-width: 36em) {
    [part~='list']:not([part~='grid']) [part~='card'] {
      grid-template-columns: 14em 1fr;
      column-gap: var(--_space);
    }
    [part~='list']:not([part~='grid']) [part~='card'] > * {
      grid-column: 2;
    }
    [part~='list']:not([part~='grid']) [part~='card'] > [part~='time'] {
      grid-column: 1;
      grid-row: 1 / span 4;
    }
  }
  @container event-list (min-width: 34em) {
    [part~='grid'] {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }
`;
