import { useRef, useState } from 'react';
import { flushSave, hasScheduledSave, scheduleSave } from '@/db/save-queue';
import { refusalCode } from '@/i18n/refusal-message';

/**
 * A text field that saves itself: every keystroke schedules a write (debounced in the save
 * queue), blur writes at once. The field shows the user's own text until the store holds it, and
 * if another window changed the same field meanwhile it does not overwrite: it reports a conflict
 * the user resolves (keep mine / take theirs).
 */

type Options = {
  readonly key: string;
  readonly stored: string;
  /** Writes `value`, telling the store it was based on `base`. Rejects with a refusal on conflict. */
  readonly save: (value: string, base: string) => Promise<unknown>;
  readonly onError: (error: unknown) => void;
  /**
   * Records each keystroke's edit synchronously (survives a crash or reload before the debounced
   * write commits) and is told when that write ended: `committed` is the value now stored, or
   * null when the write was refused.
   */
  readonly journal?: { record(value: string, base: string): number; settle(token: number, committed: string | null): void };
};

export type AutosaveText = {
  readonly value: string;
  readonly conflict: string | null;
  onChange(value: string): void;
  onBlur(): void;
  keepMine(): void;
  takeTheirs(): void;
};

function conflictValue(error: unknown, field: string): string | null {
  if (refusalCode(error) !== 'conflict') return null;
  const current = (error as { refusal: { current?: Record<string, unknown> } }).refusal.current;
  const value = current?.[field];
  return typeof value === 'string' ? value : '';
}

export function useAutosaveText({ key, stored, save, onError, journal }: Options, field: string): AutosaveText {
  const [draft, setDraft] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [conflict, setConflict] = useState<string | null>(null);
  /** The value the store held when this field last wrote or started editing: the write's base. */
  const base = useRef(stored);

  // Once the store holds what the user typed and nothing is pending, the store's value is shown.
  const editing = draft !== null && !(pending === 0 && conflict === null && draft === stored && !hasScheduledSave(key));

  const schedule = (value: string, delay?: number) => {
    const token = journal?.record(value, base.current);
    scheduleSave(key, () => write(value, token), delay);
  };

  const write = (value: string, token: number | undefined) => {
    setPending((count) => count + 1);
    return save(value, base.current)
      .then(() => {
        base.current = value;
        if (token !== undefined) journal?.settle(token, value);
      })
      .catch((error: unknown) => {
        if (token !== undefined) journal?.settle(token, null);
        const theirs = conflictValue(error, field);
        if (theirs !== null) setConflict(theirs);
        else onError(error);
        throw error;
      })
      .finally(() => setPending((count) => count - 1));
  };

  return {
    value: editing ? draft : stored,
    conflict,
    onChange(value) {
      if (!editing) base.current = stored;
      setDraft(value);
      if (conflict === null) schedule(value);
    },
    onBlur() {
      void flushSave(key);
    },
    keepMine() {
      if (conflict === null || draft === null) return;
      const mine = draft;
      base.current = conflict;
      setConflict(null);
      schedule(mine, 0);
    },
    takeTheirs() {
      base.current = conflict ?? stored;
      setConflict(null);
      setDraft(null);
    },
  };
}
