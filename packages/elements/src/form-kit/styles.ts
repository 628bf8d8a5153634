import { css } from 'lit';

/**
 * How the form kit's controls look, inside the shadow root of the element that uses them; an
 * element that uses the radio group, the rating or the NPS scale adds `choiceStyles`.
 */
export const formKitStyles = css`
  form {
    display: grid;
    gap: var(--_space);
  }
  [part~='field'] {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  [part~='label'] {
    padding: 0;
    font-weight: 600;
  }
  [part~='required'],
  [part~='hint'],
  [part~='counter'] {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~='error'] {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='input'] {
    inline-size: 100%;
    min-block-size: 2.5em;
    margin: 0;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_field);
    color: inherit;
    font: inherit;
  }
  [part~='input'][aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  [part~='parts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  [part~='parts'] > span {
    display: grid;
    gap: 4px;
  }
  [part~='option'] {
    display: flex;
    gap: 8px;
    align-items: flex-start;
  }
  [part~='checkbox'],
  [part~='radio'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  [part~='option'] + [part~='hint'] {
    padding-inline-start: calc(1.25em + 8px);
  }
  [part~='error-summary'] {
    margin-block-end: var(--_space);
    padding: 12px var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }
  [part~='error-summary'] ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part~='error-summary'] a {
    color: var(--_danger);
    font-weight: 600;
  }
`;
