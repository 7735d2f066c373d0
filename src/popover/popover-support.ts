/** The Popover API (top layer) where the browser has it; elsewhere the panel shows in place. */
export const supportsPopover = (): boolean =>
  typeof HTMLElement !== 'undefined' && Object.hasOwn(HTMLElement.prototype, 'popover');

/** floating-ui and the placement code, fetched once, on first use. */
export const loadPlacement = () => import('./placement.js');
