import { useSyncExternalStore } from 'react';

/**
 * Autosave. Edits are queued, debounced per key (a text field), and written one after another so
 * a later edit never lands before an earlier one. The state ("saving" until IndexedDB committed,
 * then "saved") drives the visible save indicator, which the benchmark also reads.
 */

export type SaveState = 'saved' | 'saving' | 'error';

type Pending = { timer: ReturnType<typeof setTimeout>; run: () => Promise<unknown> };

const scheduled = new Map<string, Pending>();
let inFlight = 0;
let lastFailed = false;
let chain: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

export const AUTOSAVE_DELAY_MS = 300;

function currentState(): SaveState {
  if (scheduled.size > 0 || inFlight > 0) return 'saving';
  return lastFailed ? 'error' : 'saved';
}

let snapshot: SaveState = 'saved';
function announce(): void {
  snapshot = currentState();
  for (const listener of listeners) listener();
}

/** Writes now (after any queued writes). Resolves or rejects with the write's own outcome. */
export function saveNow<T>(run: () => Promise<T>): Promise<T> {
  inFlight += 1;
  announce();
  const result = chain.then(run);
  chain = result.then(
    () => undefined,
    () => undefined,
  );
  result.then(
    () => {
      lastFailed = false;
    },
    () => {
      lastFailed = true;
    },
  ).finally(() => {
    inFlight -= 1;
    announce();
  });
  return result;
}

/** Schedules a write for `key`, replacing a not-yet-started write for the same key. */
export function scheduleSave(key: string, run: () => Promise<unknown>, delay = AUTOSAVE_DELAY_MS): void {
  const existing = scheduled.get(key);
  if (existing) clearTimeout(existing.timer);
  const timer = setTimeout(() => {
    scheduled.delete(key);
    void saveNow(run).catch(() => undefined);
  }, delay);
  scheduled.set(key, { timer, run });
  announce();
}

/** Starts the pending write for `key` at once (on blur). */
export function flushSave(key: string): Promise<void> {
  const pending = scheduled.get(key);
  if (!pending) return chain.then(() => undefined);
  clearTimeout(pending.timer);
  scheduled.delete(key);
  return saveNow(pending.run).then(
    () => undefined,
    () => undefined,
  );
}

export function hasScheduledSave(key: string): boolean {
  return scheduled.has(key);
}

/** Starts every pending write at once (tab hidden, page leaving) and resolves when all are done. */
export function flushAllSaves(): Promise<void> {
  return Promise.all([...scheduled.keys()].map((key) => flushSave(key))).then(() => chain.then(() => undefined));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(subscribe, () => snapshot, () => 'saved');
}
