/**
 * A loader that runs once and shares its promise with every caller (an early preload and the
 * render that needs it); after a failure, e.g. offline before the chunk was cached, the next call
 * tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
