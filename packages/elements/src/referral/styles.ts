import { css } from 'lit';
import { buttonLook, outlineButtonLook } from '../theme/theme.ts';

/** How `<alumni-referral-form>` and its role picker look, beside the shared theme and the form kit. */
export const referralStyles = css`
  [part~='intro'] {
    margin-block-end: var(--_space);
  }
  [part~='heading'] {
    margin: calc(var(--_space) / 2) 0 0;
  }
  /* An empty live region stays in the page, to be announced when it fills, but takes no row. */
  form > [role='status']:empty {
    position: absolute;
  }
  [part~='message'],
  [part~='notice'],
  [part~='preset-role'] {
    margin: 0;
    padding: 12px var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  [part~='message'][part~='alert'] {
    border-color: var(--_danger);
  }
  [part~='message'] > :last-child {
    margin-block-end: 0;
  }
  [part~='search'] {
    display: grid;
    gap: 4px;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='retry'] {
    justify-self: start;
    ${outlineButtonLook}
  }
  [part~='options'] {
    display: grid;
    gap: 8px;
    max-block-size: 22em;
    overflow-y: auto;
    padding: 4px;
  }
  [part~='options'] label {
    display: grid;
  }
  [part~='role-title'] {
    font-weight: 600;
  }
  [part~='role-details'] {
    color: var(--_muted);
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
