/** Runs work when the browser is idle (or soon, where it has no idle callback), so it never delays a paint. */
export function whenIdle(work: () => void, timeout = 2000): void {
  if (typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout });
  else setTimeout(work, 200);
}
