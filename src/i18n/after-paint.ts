/** Runs `work` once the browser has painted and is idle (a timeout where there is no idle callback). */
export function afterPaint(work: () => void): void {
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout: 1000 });
    else setTimeout(work, 0);
  });
}
