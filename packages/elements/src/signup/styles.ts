import { css } from 'lit';

/** How `<alumni-signup>` itself looks, beside the shared theme, the form kit and its sending styles. */
export const signupStyles = css`
  [part~='intro'] {
    margin-block-end: var(--_space);
  }
  [part~='benefits'] {
    margin-block-end: var(--_space);
  }
  [part~='benefits'] ul {
    padding-inline-start: 1.25em;
  }
`;
