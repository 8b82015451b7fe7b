import { useSyncExternalStore } from 'react';
import type { Response } from '@/domain/assessment';
import { emptyResponse, responseId } from '@/domain/assessment';
import type { FieldChange } from '@/domain/history';
import type { ResponsePatch } from '@/domain/response-edit';
import { undoEdit } from '@/domain/response-edit';
import type { EditResponseInput, EditResponseResult } from './response-commands';
import { editResponse } from './response-commands';
import { saveNow } from './save-queue';

/**
 * Response edits as the workspace makes them: through the save queue, remembering the last
 * change so it can be undone. Undo writes the old values back as a normal, audited edit, and
 * refuses (as a conflict) if someone changed those fields since.
 */

export type UndoableChange = { readonly input: EditResponseInput; readonly changes: readonly FieldChange[] };

let lastChange: UndoableChange | null = null;
const listeners = new Set<() => void>();

function setLastChange(change: UndoableChange | null): void {
  lastChange = change;
  for (const listener of listeners) listener();
}

/** Writes an edit (no queueing) and remembers it for undo. Use inside saveNow/scheduleSave. */
export async function commitResponseEdit(input: EditResponseInput): Promise<EditResponseResult> {
  const result = await editResponse(input);
  const undoable = undoEdit(result.changes);
  if (Object.keys(undoable.patch).length > 0) setLastChange({ input, changes: result.changes });
  return result;
}

/** Queues an edit to be written now, after earlier queued writes. */
export function saveResponseEdit(input: EditResponseInput): Promise<EditResponseResult> {
  return saveNow(() => commitResponseEdit(input));
}

/**
 * What this tab last wrote per field, until the live view shows it. Without it, a second quick
 * edit of the same field (two key presses) would be based on the screen's not-yet-refreshed value
 * and be refused as a conflict with this tab's own first edit.
 */
const ownWrites = new Map<string, { value: unknown; revision: number | null }>();

export type ResponseChange = Omit<EditResponseInput['edit'], 'base'> & {
  readonly assessmentId: string;
  readonly indicatorId: string;
  /** The response as the screen shows it (undefined when not yet scored). */
  readonly shown: Response | undefined;
  readonly patch: ResponsePatch;
};

/** Saves a discrete change, based on what the screen shows (or on this tab's own newer write). */
export function saveResponseChange({ assessmentId, indicatorId, shown, ...edit }: ResponseChange): Promise<EditResponseResult> {
  const id = responseId(assessmentId, indicatorId);
  const current = shown ?? emptyResponse(assessmentId, indicatorId, '');
  const base: Record<string, unknown> = {};
  const mine = new Map<string, { value: unknown; revision: number | null }>();
  for (const [field, value] of Object.entries(edit.patch)) {
    const key = `${id}:${field}`;
    const own = ownWrites.get(key);
    const ownIsNewer = own !== undefined && (own.revision === null || current.revision < own.revision);
    base[field] = ownIsNewer ? own.value : current[field as keyof Response];
    const entry = { value, revision: null };
    ownWrites.set(key, entry);
    mine.set(key, entry);
  }
  const settle = (revision: number | null) => {
    for (const [key, entry] of mine) {
      if (ownWrites.get(key) !== entry) continue;
      if (revision === null) ownWrites.delete(key);
      else entry.revision = revision;
    }
  };
  const result = saveResponseEdit({ assessmentId, indicatorId, edit: { ...edit, base: base as ResponsePatch } });
  result.then(
    (done) => settle(done.response.revision),
    () => settle(null),
  );
  return result;
}

export async function undoLastChange(memberId: string | null, reason: string): Promise<EditResponseResult | null> {
  const change = lastChange;
  if (!change) return null;
  const { patch, base } = undoEdit(change.changes);
  const result = await saveNow(() =>
    editResponse({
      assessmentId: change.input.assessmentId,
      indicatorId: change.input.indicatorId,
      edit: { ...change.input.edit, patch, base, memberAnswer: undefined, memberId, reason },
    }),
  );
  if (lastChange === change) setLastChange(null);
  return result;
}

export function forgetLastChange(): void {
  setLastChange(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLastChange(): UndoableChange | null {
  return useSyncExternalStore(subscribe, () => lastChange, () => null);
}
