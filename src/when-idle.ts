/**
 * Work that must not delay a paint. No timers: a page's fake clock (a test's, or a host's) would
 * count them and run them before its own.
 */

/**
 * A task after the next frame is drawn: a message after the frame's callbacks. A hidden page
 * draws no frame: the task runs now.
 */
export function afterNextFrame(task: () => void): void {
  if (document.hidden) {
    queueMicrotask(task);
    return;
  }
  requestAnimationFrame(() => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      task();
    };
    port2.postMessage(null);
  });
}

/** When the page has nothing else to do; without requestIdleCallback (WebKit), after the next frame. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else afterNextFrame(task);
}
