import { css } from 'lit';
import { buttonLook } from '../theme/theme.ts';

/** How `<alumni-feedback-survey>` looks around its form (and the messages that replace it), beside the shared theme; the form adds `formStyles`. */
export const surveyStyles = css`
  /* An empty live region stays in the page, to be announced when it fills, but takes no row. */
  [role='status']:empty {
    position: absolute;
  }
  [part~='status'] {
    color: var(--_muted);
  }
  [part~='intro'] {
    white-space: pre-line;
  }
  [part~='notice'],
  [part~='success'],
  [part~='message'] {
    margin: 0;
    padding: 12px var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  [part~='success'] {
    border-color: var(--_success);
  }
  [part~='message'][part~='alert'] {
    border-color: var(--_danger);
  }
  [part~='notice'] > :last-child,
  [part~='success'] > :last-child,
  [part~='message'] > :last-child {
    margin-block-end: 0;
  }
  /* Headings and boxes that take the focus to be read, not to be used. */
  [part~='notice']:focus,
  [part~='success']:focus,
  [part~='title']:focus {
    outline: none;
  }
  [part~='retry'] {
    ${buttonLook}
  }
`;
