/**
 * The floor of dist/cdn/placement.js: @floating-ui/dom alone, called the way
 * src/popover/placement.ts calls it (computePosition + autoUpdate, the same middleware), with no
 * product logic. The baseline element loads it with `import()`, as the script loads placement.js,
 * so the build splits it into its own chunk.
 */
import { arrow, autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** Anchors `floating` to `anchor` as the popover does; returns the cleanup. */
export function place(anchor: Element, floating: HTMLElement, arrowElement: HTMLElement): () => void {
  return autoUpdate(anchor, floating, () => {
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      middleware: [offset(10), flip(), shift({ padding: 8 }), size(), arrow({ element: arrowElement })],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}
