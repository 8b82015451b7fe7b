import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * What happened to this tab's database connection from outside: another tab opened a newer
 * schema ('upgraded'; ours closes so it can upgrade), or the database was deleted under the
 * running app ('deleted': site data cleared in the browser settings, or another tab removed it).
 * Either way nothing more can be read or written until the page reloads, so the app says so
 * instead of waiting forever on reads that will never answer.
 */
export type ConnectionLoss = 'upgraded' | 'deleted';

export const connectionState = createStore<{ lost: ConnectionLoss | null }>()(() => ({ lost: null }));

export function announceConnectionLoss(reason: ConnectionLoss): void {
  connectionState.setState({ lost: reason });
}

/** Thrown into the screen's error boundary once the database is gone (see app.tsx). */
export class DatabaseDeletedError extends Error {
  override name = 'DatabaseDeletedError';
  constructor() {
    super('The IndexedDB database was deleted while the app was running');
  }
}

/** For the app shell: true once the database was deleted under the running app. */
export function useDatabaseDeleted(): boolean {
  return useStore(connectionState, (state) => state.lost === 'deleted');
}
