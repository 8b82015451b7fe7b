/**
 * Runs `task` once the main thread is idle, at most `timeoutMs` later (half a second later where
 * the browser has no requestIdleCallback). Returns the cancel, for a screen left before it ran.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }
  const timer = window.setTimeout(task, 500);
  return () => window.clearTimeout(timer);
}
