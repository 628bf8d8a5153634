import { css } from 'lit';
import { buttonLook } from '../theme/theme.ts';

/** How `<alumni-signup>` itself looks, beside the shared theme and the form kit. */
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
  /* An empty live region stays in the page, to be announced when it fills, but takes no row. */
  form > [role='status']:empty {
    position: absolute;
  }
  [part~='message'] {
    margin: 0;
    padding: 12px var(--_space);
    border-inline-start: 4px solid var(--_danger);
  }
  [part~='message'] > :last-child {
    margin-block-end: 0;
  }
  [part~='message'][part~='notice'] {
    border-color: var(--_accent);
  }
  [part~='submit'] {
    justify-self: start;
    ${buttonLook}
  }
  [part~='submit'][aria-disabled='true'] {
    cursor: progress;
  }
  [part~='success'] {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_success);
  }
`;
