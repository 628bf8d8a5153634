import { css } from 'lit';
import { noteLook } from '../form-kit/sending-styles.ts';
import { buttonLook } from '../theme/theme.ts';

/**
 * How `<alumni-feedback-survey>` looks around its form (and the messages that replace it),
 * beside the shared theme and the form kit's sending styles; the form adds `formStyles`. An
 * empty live region stays in the page, to be announced when it fills, but takes no row.
 */
export const surveyStyles = css`
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
  [part~='success'] {
    ${noteLook}
  }
  [part~='success'] {
    border-color: var(--_success);
  }
  [part~='notice'] > :last-child,
  [part~='success'] > :last-child {
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
