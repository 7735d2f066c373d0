/**
 * Popover mode: the own trigger, and the floating panel in the top layer. Plain CSS text, not
 * Lit's css``: this module is in the popover chunk, which imports nothing from the main file.
 * (The build minifies any template tagged `css`, as it does Lit's: scripts/cdn-build.mjs.)
 */
const css = String.raw;

export const popoverCss = css`
  .trigger {
    background: none;
    border: none;
    padding: 0.5em 0;
    min-block-size: 44px;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 600;
  }
  .panel {
    /* The UA centres popovers with inset and margin; floating-ui places it instead. */
    inset: auto;
    margin: 0;
    padding: 0;
    border: none;
    background: transparent;
    overflow: visible;
    color: var(--_text);
    font: inherit;
    inline-size: max-content;
    max-inline-size: min(28rem, calc(100vw - 16px));
  }
  .panel:not(.open) {
    display: none;
  }
  .panel .card {
    overflow: auto;
    max-block-size: inherit;
    box-shadow: 0 4px 8px rgb(0 0 0 / 0.12), 0 16px 40px rgb(0 0 0 / 0.18);
    padding-block-start: calc(var(--_space) * 1.5);
  }
  .panel-arrow {
    position: absolute;
    inline-size: 12px;
    block-size: 12px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    transform: rotate(45deg);
    z-index: 0;
  }
  .close {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    z-index: 1;
    inline-size: 44px;
    block-size: 44px;
    border: none;
    background: none;
    font-size: 1.5em;
    line-height: 1;
    color: var(--_muted);
    border-radius: 50%;
  }
  .close:hover {
    background: var(--_surface);
  }
`;

let sheet: CSSStyleSheet | undefined;

/**
 * Adds the popover styles after the element's own, the way Lit adds those: one constructable
 * sheet shared by every widget (no style attribute, so a strict `style-src 'self'` holds), or a
 * `<style>` carrying Lit's nonce where the browser cannot adopt sheets.
 */
export function adoptPopoverStyles(root: ShadowRoot): void {
  if (!('adoptedStyleSheets' in Document.prototype)) {
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent = popoverCss;
    root.append(style);
    return;
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(popoverCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
