import { css } from 'lit';
import { buttonLook } from '../theme/theme.ts';

/**
 * The declarations of a note set off by a bar at its start, as a sending message is (and an
 * element's other notices): the accent colour, unless a rule sets `border-color`.
 */
export const noteLook = css`
  margin: 0;
  padding: 12px var(--_space);
  border-inline-start: 4px solid var(--_accent);
`;

/**
 * How a form shows its sending (`sending.ts`): the live message under it, the submit button,
 * and the thank-you that replaces it; beside the form kit's controls. An empty live region
 * stays in the page, to be announced when it fills, but takes no row.
 */
export const sendingStyles = css`
  form > [role='status']:empty {
    position: absolute;
  }
  [part~='message'] {
    ${noteLook}
  }
  [part~='message'][part~='alert'] {
    border-color: var(--_danger);
  }
  [part~='message'] > :last-child {
    margin-block-end: 0;
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
