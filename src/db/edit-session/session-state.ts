import type { EditMeta, FieldAddress } from './field-address';
import { recordKey } from './field-address';
import { StorageFailure } from '@/domain/storage-failure';
import { CommandRefused } from '@/db/command-refusal';
import { classifyStorageError } from '@/db/storage-errors';

/**
 * What an edit session (edit-session.ts) holds for its fields and shows to screens, and the pure
 * rules over it: the one save state of a screen, and which writes go in one transaction.
 */

/** pending: typed, not yet written · saving: being written · saved: written, the screen's live view may not show it yet. */
export type FieldStatus = 'pending' | 'saving' | 'saved' | 'conflict' | 'refused';

export type FieldState = {
  /** What the field shows: the user's latest value. */
  readonly value: unknown;
  readonly status: FieldStatus;
  /** In a conflict: the value another window stored meanwhile. */
  readonly theirs?: unknown;
  /** A refusal or store failure of the last write (a reason is missing, the disk is full). */
  readonly error?: unknown;
};

/** saving: something is unsaved (typed or being written) · full: waiting for disk space · error: a write was refused or failed. */
export type SaveState = 'saved' | 'saving' | 'full' | 'error';

export type SessionState = {
  readonly fields: Readonly<Record<string, FieldState>>;
  readonly saveState: SaveState;
  /** The last refusal or failure, for the screen to explain; cleared by the next successful write. */
  readonly lastError: unknown;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
};

/** A field change as a screen asks for it: the new value and the value the screen showed (stored). */
export type FieldEdit = { readonly address: FieldAddress; readonly value: unknown; readonly shown: unknown };

/** The session's own bookkeeping for a field it holds (never shown to screens). */
export type Field = {
  readonly address: FieldAddress;
  /** The value the store holds as far as this session knows: the base of the next write. */
  base: unknown;
  /** The stored value the screen showed when this session last wrote: tells a stale view from a newer one. */
  shownAtWrite: unknown;
  meta: EditMeta;
  /** When this session's last write of the field committed (ms). */
  savedAt: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
  token: number | null;
};

/** The screen's one save state: a full disk first, then anything unsaved, then any refusal. */
export function saveStateOf(states: readonly FieldState[], writesInFlight: number): SaveState {
  if (states.some((state) => state.status === 'pending' && isQuota(state.error))) return 'full';
  if (writesInFlight > 0 || states.some((state) => state.status === 'pending' || state.status === 'saving')) return 'saving';
  if (states.some((state) => state.status === 'conflict' || state.status === 'refused')) return 'error';
  return 'saved';
}

function isQuota(error: unknown): boolean {
  return error instanceof StorageFailure && error.kind === 'quota-exceeded';
}

/** The fields of one record are written in one transaction. */
export function groupByRecord<T extends { address: FieldAddress }>(writes: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const write of writes) groups.set(recordKey(write.address), [...(groups.get(recordKey(write.address)) ?? []), write]);
  return [...groups.values()];
}

/**
 * What a failed write leaves. A full disk keeps the value waiting (on screen and in the journal)
 * for the retry; a refusal drops the journal entry, since the store will never take that value. A
 * refused choice (not typed text) shows the stored value again, explained once; a conflict or a
 * refused text keeps the user's value on screen, with the reason.
 */
export type FailedWrite = {
  readonly then: 'wait-for-space' | 'discard' | 'conflict' | 'refused';
  readonly dropJournal: boolean;
  readonly error: unknown;
};

export function failedWrite(error: unknown, typing: boolean): FailedWrite {
  const refusal = error instanceof CommandRefused ? error.refusal : null;
  if (!refusal) {
    const failure = classifyStorageError(error);
    return { then: failure.kind === 'quota-exceeded' ? 'wait-for-space' : 'refused', dropJournal: false, error: failure };
  }
  if (refusal.code === 'conflict') return { then: 'conflict', dropJournal: true, error };
  return { then: typing ? 'refused' : 'discard', dropJournal: true, error };
}
