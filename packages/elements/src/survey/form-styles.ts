import { css } from 'lit';
import { buttonLook, outlineButtonLook } from '../theme/theme.ts';

/** How the survey's form looks, beside the element's styles (with the form kit's sending styles), the form kit's and its choices'. */
export const formStyles = css`
  [part~='privacy'] {
    color: var(--_muted);
  }
  [part~='progress']:focus {
    outline: none;
  }
  [part~='respondent'] {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  [part~='respondent'] > legend {
    margin-block-end: 4px;
    padding: 0;
    font-size: 1.125em;
  }
  [part~='other']:not([hidden]) {
    display: grid;
    gap: 4px;
    padding-inline-start: calc(1.25em + 8px);
  }
  [part~='progress'] {
    margin: 0;
  }
  [part~='progress-bar'] {
    inline-size: 100%;
    block-size: 8px;
    accent-color: var(--_accent);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  [part~='next'] {
    ${buttonLook}
  }
  [part~='back'] {
    ${outlineButtonLook}
  }
`;
