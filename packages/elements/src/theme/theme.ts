import { css } from 'lit';

/**
 * The look every element shares. Page-wide `--alumni-*` tokens are read once into private
 * `--_*` variables on the `base` part, which resets everything it would inherit from the page
 * (a host stylesheet's font size, line height or `all: revert` cannot reach inside) and sizes
 * itself in px, never rem. Light and dark follow the reader's `prefers-color-scheme` unless
 * the host sets `theme="light"` or `theme="dark"`.
 */
export const theme = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    all: initial;
    display: block;
    position: relative;
    color-scheme: light dark;
    --_text: var(--alumni-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--alumni-color-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--alumni-color-surface, light-dark(#ffffff, #0d1117));
    --_field: var(--alumni-color-field, light-dark(#ffffff, #151b23));
    --_border: var(--alumni-color-border, light-dark(#6e7781, #7d8590));
    --_accent: var(--alumni-color-accent, light-dark(#0b5cad, #4493f8));
    --_on-accent: var(--alumni-color-on-accent, light-dark(#ffffff, #0d1117));
    --_danger: var(--alumni-color-danger, light-dark(#b3261e, #ff7b72));
    --_success: var(--alumni-color-success, light-dark(#1a7f37, #3fb950));
    --_focus: var(--alumni-focus-ring-color, light-dark(#0969da, #58a6ff));
    --_focus-width: var(--alumni-focus-ring-width, 3px);
    --_radius: var(--alumni-radius, 6px);
    --_space: var(--alumni-spacing, 16px);
    --_font: var(--alumni-font-family, system-ui, sans-serif);
    --_font-size: var(--alumni-font-size, 16px);
    box-sizing: border-box;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: var(--_font-size) / 1.5 var(--_font);
    overflow-wrap: anywhere;
  }
  :host([theme='light']) [part~='base'] {
    color-scheme: light;
  }
  :host([theme='dark']) [part~='base'] {
    color-scheme: dark;
  }
  * {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  h2,
  h3,
  p,
  ul {
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.125em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The declarations of the kit's filled buttons, for an element's button rules. */
export const buttonLook = css`
  min-block-size: 2.75em;
  padding: 0.5em 1.25em;
  border: 0;
  border-radius: var(--_radius);
  background: var(--_accent);
  color: var(--_on-accent);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
`;

/** The declarations of the kit's outlined (secondary) buttons. */
export const outlineButtonLook = css`
  ${buttonLook}
  border: 1px solid var(--_accent);
  background: transparent;
  color: var(--_accent);
`;
