import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { EditMeta, FieldAddress, FieldKind } from './field-address';
import { fieldKey } from './field-address';
import type { FieldState, FieldStatus, SaveState } from './session-state';
import { editSession } from './sessions';

/**
 * React's view of the edit session. A field component never keeps its own copy of a value: it
 * shows `value` (the session's pending value, else the stored one it was given) and hands every
 * change to `setValue`. See docs/ARCHITECTURE.md, "Editing a field".
 */

export type EditField<T> = {
  /** What the field shows. */
  readonly value: T;
  /** `stored` when the session holds nothing for the field and it shows the stored value. */
  readonly status: FieldStatus | 'stored';
  /** In a conflict: the value another window stored meanwhile (the user keeps theirs or takes it). */
  readonly theirs: T | undefined;
  readonly error: unknown;
  /** A key press in a text field: written a moment after the last one, undone as one run. */
  setValue(value: T): void;
  /** A discrete change (a choice, a checkbox): written at once, one undo step. */
  commit(value: T): Promise<void>;
  /** The field lost focus: write now and end its typing run. */
  flush(): void;
  keepMine(): void;
  takeTheirs(): void;
};

export function useEditField<T>(address: FieldAddress, stored: T, meta: EditMeta): EditField<T> {
  const session = editSession(address.assessmentId);
  const key = fieldKey(address);
  const state = useStore(session.store, (current) => current.fields[key]);
  useEffect(() => session.observe(address, stored), [session, key, stored]); // eslint-disable-line react-hooks/exhaustive-deps
  return {
    value: state ? (state.value as T) : stored,
    status: state?.status ?? 'stored',
    theirs: state?.status === 'conflict' ? (state.theirs as T) : undefined,
    error: state?.error ?? null,
    setValue: (value) => void session.edit([{ address, value, shown: stored }], meta, { typing: true }),
    commit: (value) => session.edit([{ address, value, shown: stored }], meta),
    flush: () => void session.flush(address),
    keepMine: () => void session.keepMine(address),
    takeTheirs: () => session.discard(address),
  };
}

/** Every field of one kind the session holds for the assessment (for a screen that edits a whole record, such as the profile draft). */
export function useSessionFields(assessmentId: string, kind: FieldKind): { address: FieldAddress; state: FieldState }[] {
  const fields = useStore(editSession(assessmentId).store, (state) => state.fields);
  return useMemo(
    () =>
      Object.entries(fields)
        .map(([key, state]) => {
          const [assessment, fieldKind, recordId, field] = JSON.parse(key) as [string, FieldKind, string, string];
          return { address: { assessmentId: assessment, kind: fieldKind, recordId, field }, state };
        })
        .filter(({ address }) => address.kind === kind),
    [fields, kind],
  );
}

export function useSaveState(assessmentId: string): SaveState {
  return useStore(editSession(assessmentId).store, (state) => state.saveState);
}

export function useLastEditError(assessmentId: string): unknown {
  return useStore(editSession(assessmentId).store, (state) => state.lastError);
}

export function useUndoAvailability(assessmentId: string): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(editSession(assessmentId).store, (state) => state.canUndo);
  const canRedo = useStore(editSession(assessmentId).store, (state) => state.canRedo);
  return { canUndo, canRedo };
}

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  );
}

/**
 * Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac; Ctrl+Y too) undo and redo the assessment's changes, except
 * in a text field, where the browser's own text undo applies.
 */
export function useUndoShortcuts(assessmentId: string, enabled: boolean, onKey: (direction: 'undo' | 'redo') => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      const direction = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
      if (!direction) return;
      event.preventDefault();
      onKey(direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [assessmentId, enabled, onKey]);
}
