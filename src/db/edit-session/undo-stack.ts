import { db } from '@/db/db';
import type { EditMeta, FieldAddress, FieldStep } from './field-address';
import { sameAddress } from './field-address';

/**
 * The undo and redo stacks of one assessment. An entry is one user action: a discrete change
 * (an answer, a status, a source added), or a run of typing in one text field, which grows while
 * the user types and closes when the field loses focus or another change is made. The stacks are
 * stored (Dexie version 3, `undoStacks`) so the last UNDO_LIMIT changes survive a reload.
 */

export const UNDO_LIMIT = 50;

export type UndoEntry = {
  readonly steps: readonly FieldStep[];
  /** The answers the indicator allowed when the change was made (a response write needs them). */
  readonly meta: Pick<EditMeta, 'allowedAnswers'>;
  /** Still growing: typing in the field of its first step. Not stored as open. */
  readonly open?: boolean;
};

export type StoredUndoStacks = { readonly assessmentId: string; readonly undo: readonly UndoEntry[]; readonly redo: readonly UndoEntry[] };

export type UndoStacks = { readonly undo: readonly UndoEntry[]; readonly redo: readonly UndoEntry[] };

export const EMPTY_STACKS: UndoStacks = { undo: [], redo: [] };

function mergeSteps(into: readonly FieldStep[], steps: readonly FieldStep[]): FieldStep[] {
  const merged = [...into];
  for (const step of steps) {
    const at = merged.findIndex((existing) => sameAddress(existing.address, step.address));
    if (at === -1) merged.push(step);
    else merged[at] = { ...merged[at]!, after: step.after };
  }
  return merged;
}

/**
 * A change was written. A typing run (`typing`) joins the open entry of the same field; anything
 * else starts a new entry. A new change clears the redo stack, as in every editor.
 */
export function pushChange(stacks: UndoStacks, steps: readonly FieldStep[], meta: UndoEntry['meta'], typing: boolean): UndoStacks {
  if (steps.length === 0) return stacks;
  const top = stacks.undo[stacks.undo.length - 1];
  const first = steps[0]!;
  if (typing && top?.open && sameAddress(top.steps[0]!.address, first.address)) {
    return { undo: [...stacks.undo.slice(0, -1), { ...top, steps: mergeSteps(top.steps, steps) }], redo: [] };
  }
  const closed = stacks.undo.map((entry) => (entry.open ? { ...entry, open: false } : entry));
  return { undo: [...closed, { steps, meta, open: typing }].slice(-UNDO_LIMIT), redo: [] };
}

/** Typing in `key`'s field ended (blur): its entry stops growing. */
export function closeTyping(stacks: UndoStacks): UndoStacks {
  if (!stacks.undo.some((entry) => entry.open)) return stacks;
  return { ...stacks, undo: stacks.undo.map((entry) => (entry.open ? { ...entry, open: false } : entry)) };
}

/** What an undo or redo writes (each field back to its value before or after the change) and the stacks after it. */
export type TravelPlan = {
  readonly entry: UndoEntry;
  readonly writes: readonly { readonly address: FieldAddress; readonly value: unknown; readonly base: unknown }[];
  readonly after: UndoStacks;
};

export function planTravel(stacks: UndoStacks, direction: 'undo' | 'redo'): TravelPlan | null {
  const from = direction === 'undo' ? stacks.undo : stacks.redo;
  const entry = from[from.length - 1];
  if (!entry) return null;
  const undoing = direction === 'undo';
  // An undo restores the steps in reverse order, each based on the value the change wrote.
  const steps = undoing ? [...entry.steps].reverse() : entry.steps;
  const writes = steps.map((step) => ({
    address: step.address,
    value: undoing ? step.before : step.after,
    base: undoing ? step.after : step.before,
  }));
  const rest = from.slice(0, -1);
  const moved = [...(undoing ? stacks.redo : stacks.undo), { steps: entry.steps, meta: entry.meta }];
  return { entry, writes, after: undoing ? { undo: rest, redo: moved } : { undo: moved, redo: rest } };
}

export async function loadUndoStacks(assessmentId: string): Promise<UndoStacks> {
  try {
    const stored = await db.undoStacks.get(assessmentId);
    return stored ? { undo: stored.undo.slice(-UNDO_LIMIT), redo: stored.redo.slice(-UNDO_LIMIT) } : EMPTY_STACKS;
  } catch {
    return EMPTY_STACKS;
  }
}

/** Best effort: an undo history that could not be stored is still there until the tab closes. */
export async function storeUndoStacks(assessmentId: string, stacks: UndoStacks): Promise<void> {
  const strip = (entries: readonly UndoEntry[]) => entries.slice(-UNDO_LIMIT).map(({ steps, meta }) => ({ steps, meta }));
  try {
    await db.undoStacks.put({ assessmentId, undo: strip(stacks.undo), redo: strip(stacks.redo) });
  } catch {
    // Nothing to do: undo is a convenience; the edits themselves are stored.
  }
}
