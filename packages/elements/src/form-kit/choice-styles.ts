import { css } from 'lit';

/** How radio groups, ratings and NPS scales look: each choice a box, the radio itself hidden. */
export const choiceStyles = css`
  [part~='options'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  [part~='options'] [part~='radio'] {
    position: absolute;
    opacity: 0;
  }
  [part~='options'] label {
    display: grid;
    place-items: center;
    min-inline-size: 2.5em;
    min-block-size: 2.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_field);
    cursor: pointer;
  }
  [part~='options'] :checked + label {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='options'] :focus-visible + label {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='star'] {
    font-size: 1.5em;
    line-height: 1;
    color: var(--_muted);
  }
  [part~='star-number'] {
    font-size: 0.875em;
    line-height: 1.25;
  }
  [part~='star'][part~='on'],
  [part~='options'] :checked + label [part~='star'] {
    color: inherit;
  }
  [part~='scale'] {
    display: flex;
    color: var(--_muted);
    justify-content: space-between;
    gap: 8px;
  }
`;
