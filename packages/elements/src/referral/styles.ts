import { css } from 'lit';
import { noteLook } from '../form-kit/sending-styles.ts';
import { outlineButtonLook } from '../theme/theme.ts';

/** How `<alumni-referral-form>` and its role picker look, beside the shared theme, the form kit and its sending styles. */
export const referralStyles = css`
  [part~='intro'] {
    margin-block-end: var(--_space);
  }
  [part~='heading'] {
    margin: calc(var(--_space) / 2) 0 0;
  }
  [part~='notice'],
  [part~='preset-role'] {
    ${noteLook}
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
`;
