import type { MoveContext } from '@/domain/catalogue-move';
import { MOVE_CONTEXT_FIELD, readMoveContext } from '@/domain/catalogue-move';
import type { MoveUndo } from './catalogue-move-commands';
import { undoableMove } from './catalogue-move-commands';
import { db } from './db';
import { useLiveQuery } from './use-live-query';

/** The catalogue move that can still be undone, or null; re-read on every write to the history. */
export function useUndoableMove(assessmentId: string): MoveUndo | null | undefined {
  return useLiveQuery(() => undoableMove(assessmentId), [assessmentId]);
}

/** The newest pre-move context kept for an indicator (its earlier answers), or null. */
export function useMoveContext(assessmentId: string, indicatorId: string): MoveContext | null | undefined {
  return useLiveQuery(async () => {
    const entries = await db.history.where('[assessmentId+indicatorId]').equals([assessmentId, indicatorId]).toArray();
    const newest = entries.filter((entry) => entry.field === MOVE_CONTEXT_FIELD).sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))[0];
    return newest ? readMoveContext(newest.after) : null;
  }, [assessmentId, indicatorId]);
}
