import { css } from 'lit';
import { outlineButtonLook } from '../theme/theme.ts';

/** How the details-and-reply dialog looks, beside the list's styles, the form kit's and its sending styles. */
export const rsvpStyles = css`
  [part~='close'],
  [part~='cancel'],
  [part~='calendar-download'] {
    ${outlineButtonLook}
  }
  [part~='cancel'][aria-disabled='true'] {
    cursor: progress;
  }
  [part~='dialog'] {
    box-sizing: border-box;
    inline-size: min(40em, 100vw - 2 * var(--_space));
    max-block-size: calc(100dvh - 2 * var(--_space));
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [part~='dialog']::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  [part~='dialog-header'] {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part~='dialog-title']:focus {
    outline: none;
  }
  [part~='description'],
  [part~='policy-text'] {
    white-space: pre-line;
  }
  [part~='policies'],
  [part~='presentation'] {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part~='policy'] h4 {
    margin: 0 0 4px;
  }
  [part~='policy-text'] {
    max-block-size: 10em;
    overflow: auto;
    margin-block-end: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_field);
  }
  [part~='notice'],
  [part~='result'] {
    padding: 12px var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  [part~='result'][part~='confirmed'] {
    border-color: var(--_success);
  }
  [part~='result']:focus {
    outline: none;
  }
  [part~='calendar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
  }
  [part~='calendar'] h4 {
    flex-basis: 100%;
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
`;
