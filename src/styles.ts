import { css } from 'lit';

/** Dark colours: used by `theme="dark"` and by `prefers-color-scheme: dark` unless `theme="light"`. */
const darkTokens = css`
  --_accent: var(--sspr-accent, #8ab4ff);
  --_accent-text: var(--sspr-accent-text, #0b1a33);
  --_text: var(--sspr-text, #ececf1);
  --_muted: var(--sspr-muted, #b4b4c0);
  --_bg: var(--sspr-background, #1c1d22);
  --_surface: var(--sspr-surface, #2a2b31);
  --_border: var(--sspr-border, #45464f);
  --_error: var(--sspr-error, #ffb4ab);
  --_focus: var(--sspr-focus, #8ab4ff);
  color-scheme: dark;
`;

/**
 * Mobile first: one column, full-width answers at least 44 px tall. Logical
 * properties only (margin-inline, padding-block…), so right-to-left mirrors.
 * `all: initial` on the host shields the card from page rules like
 * `* { all: unset }`; the font and colours are then set on purpose.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    contain: layout style;
    --_accent: var(--sspr-accent, #1662dd);
    --_accent-text: var(--sspr-accent-text, #fff);
    --_text: var(--sspr-text, #1d1d21);
    --_muted: var(--sspr-muted, #5c5c66);
    --_bg: var(--sspr-background, #fff);
    --_surface: var(--sspr-surface, #f4f5f8);
    --_border: var(--sspr-border, #d7d8de);
    --_error: var(--sspr-error, #b3261e);
    --_radius: var(--sspr-radius, 12px);
    --_space: var(--sspr-spacing, 16px);
    --_focus: var(--sspr-focus, #1662dd);
    font-family: var(--sspr-font, inherit);
    font-size: var(--sspr-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .card {
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    max-inline-size: 34rem;
    overflow-wrap: anywhere;
  }
  @media (min-width: 480px) {
    .card {
      padding: calc(var(--_space) * 1.75);
    }
  }
  p,
  ul,
  ol {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  /* Ordered lists count in the language's digits (the numbering systems of the shipped languages). */
  .card[data-numbering='arab'] ol {
    list-style-type: arabic-indic;
  }
  .card[data-numbering='arabext'] ol {
    list-style-type: persian;
  }
  .progress {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-end: calc(var(--_space) * 0.25);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: 2px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .phone-hint {
    display: inline-block;
    font-size: 1.25em;
    font-weight: 600;
    letter-spacing: 0.05em;
    padding: 0.25em 0.75em;
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
    font-variant-numeric: tabular-nums;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Links stand on their own line, not in a sentence: 24 px targets at least (WCAG 2.5.8). */
  a[part~='link'] {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .answers {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin-block: var(--_space);
  }
  .answer,
  .retry,
  .secondary {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.625em 1em;
    border-radius: calc(var(--_radius) * 0.75);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    text-align: start;
    font-weight: 600;
    transition: background-color 120ms ease, border-color 120ms ease;
  }
  .answer:hover,
  .secondary:hover {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .answer.primary,
  .retry {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .answer.primary:hover,
  .retry:hover:not([aria-disabled='true']) {
    filter: brightness(1.08);
  }
  .answer[aria-describedby]::after {
    content: '✓';
    float: inline-end;
    margin-inline-start: 0.5em;
  }
  .retry {
    text-align: center;
  }
  /* A press waits for the next step's text (a slow network, script-tag build). */
  .card[aria-busy='true'],
  .card[aria-busy='true'] button {
    cursor: progress;
  }
  .card[aria-busy='true'] .answers {
    opacity: 0.6;
  }
  /* aria-disabled, not disabled: the button keeps focus while it waits (a disabled one drops it to the page). */
  .retry[aria-disabled='true'] {
    cursor: not-allowed;
    background: var(--_surface);
    border-color: var(--_border);
    color: var(--_muted);
  }
  .answer.shortcut {
    inline-size: auto;
    align-self: flex-start;
    font-weight: normal;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0.5em 0.25em;
    min-block-size: 44px;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .countdown {
    margin-block: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .countdown p {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .waiting {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }
  .timer {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .notice {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 4px;
  }
  .notice p {
    margin: 0;
  }
  .notice.error {
    border-inline-start-color: var(--_error);
  }
  .error {
    color: var(--_error);
  }
  .checklist {
    border: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .check {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding-block: 0.5em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .check + .check {
    border-block-start: 1px solid var(--_border);
  }
  /* The other channel, offered under the checklist items it gets around. */
  .checklist .other-channel {
    padding-block: 0.25em 0.75em;
    padding-inline-start: 2em;
  }
  .other-channel p {
    margin: 0 0 0.5em;
  }
  .other-channel + .check {
    border-block-start: 1px solid var(--_border);
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  /* Elsewhere than the wait step a running wait is one quiet line, not a second main control. */
  .countdown-line {
    color: var(--_muted);
  }
  .countdown-line .timer {
    font-size: 1em;
  }
  .summary-label {
    display: block;
    font-weight: 600;
    margin-block-start: var(--_space);
  }
  textarea {
    display: block;
    inline-size: 100%;
    font: 0.875em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.5em;
    resize: vertical;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .secondary {
    text-align: center;
  }
  .contacts {
    list-style: none;
    padding: 0;
  }
  .new-tab {
    font-weight: 400;
    font-size: 0.875em;
  }
  .copied {
    font-weight: 600;
  }
  .contacts a {
    display: inline-block;
    padding-block: 0.5em;
    font-weight: 600;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    border-block-start: 1px solid var(--_border);
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  .got-code {
    margin-inline-start: auto;
  }
  :host(:dir(rtl)) .arrow,
  .card[dir='rtl'] .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .card,
    .answer,
    .retry,
    .secondary,
    .countdown,
    .notice {
      border: 1px solid CanvasText;
    }
    .answer.primary,
    .retry {
      background: ButtonFace;
      color: ButtonText;
    }
    .retry[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
