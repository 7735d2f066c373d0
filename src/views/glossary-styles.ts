import { css } from 'lit';

/** The glossary disclosures (views/step-content.ts `glossaryTerm`): the text opens in the flow. */
export const glossaryStyles = css`
  .term {
    display: block;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .term-button {
    background: none;
    border: none;
    padding: 0.25em 0;
    min-block-size: 24px;
    color: var(--_accent);
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .term-text {
    display: block;
    padding: 0.5em 0.75em;
    margin-block-start: 0.25em;
    background: var(--_surface);
    border-radius: 6px;
  }
  .term-text:not(.open) {
    display: none;
  }
`;
