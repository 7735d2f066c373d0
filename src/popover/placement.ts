/**
 * Floating placement of the popover panel next to its trigger.
 * Loaded with `import()` the first time the panel opens, so floating-ui stays out
 * of the main script for the many readers who never open one.
 * floating-ui writes positions through the CSSOM (element.style), which a
 * strict `style-src 'self'` allows; nothing here writes a style attribute string.
 */
import { arrow, autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

export interface PlacementOptions {
  placement?: Placement;
  /** Optional arrow element inside the floating one. */
  arrowElement?: HTMLElement | null;
  /** The widest the floating element may grow, in CSS px. */
  maxWidth?: number;
  gap?: number;
}

/** Keeps this much room from the viewport edge, so a 320 px phone screen still shows a border. */
const VIEWPORT_PADDING = 8;

const OPPOSITE_SIDE: Record<string, string> = { top: 'bottom', right: 'left', bottom: 'top', left: 'right' };

/** Positions `floating` next to `anchor` and follows scroll, resize and layout changes. Returns the cleanup. */
export function placeFloating(anchor: Element, floating: HTMLElement, options: PlacementOptions = {}): () => void {
  const { arrowElement, maxWidth = 448, gap = 10 } = options;
  const rtl = getComputedStyle(floating).direction === 'rtl';
  const placement: Placement = options.placement ?? (rtl ? 'bottom-end' : 'bottom-start');
  const update = async () => {
    const {
      x,
      y,
      placement: final,
      middlewareData,
    } = await computePosition(anchor, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(gap),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply({ availableWidth, availableHeight, elements }) {
            Object.assign(elements.floating.style, {
              maxWidth: `${Math.max(0, Math.min(availableWidth, maxWidth))}px`,
              maxHeight: `${Math.max(120, availableHeight)}px`,
            });
          },
        }),
        ...(arrowElement ? [arrow({ element: arrowElement, padding: 12 })] : []),
      ],
    });
    Object.assign(floating.style, { position: 'fixed', left: `${x}px`, top: `${y}px` });
    if (arrowElement && middlewareData.arrow) {
      const side = final.split('-')[0];
      const { x: arrowX, y: arrowY } = middlewareData.arrow;
      Object.assign(arrowElement.style, {
        left: arrowX != null ? `${arrowX}px` : '',
        top: arrowY != null ? `${arrowY}px` : '',
        right: '',
        bottom: '',
        [OPPOSITE_SIDE[side]]: `${-arrowElement.offsetWidth / 2}px`,
      });
      arrowElement.dataset.side = side;
    }
  };
  // The size middleware changes the floating element's size, which its ResizeObserver sees:
  // repositioning in the next frame (once per frame) avoids a "ResizeObserver loop" error.
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      void update();
    });
  };
  void update();
  const stop = autoUpdate(anchor, floating, schedule);
  return () => {
    stop();
    cancelAnimationFrame(frame);
  };
}
