import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { sameValue } from '@/domain/history';
import { journalField, settleField } from './edit-journal';
import type { EditMeta, FieldAddress, FieldStep } from './field-address';
import { fieldKey } from './field-address';
import { readField, writeFields } from './field-writers';
import { QuotaRetry } from './quota-retry';
import type { Field, FieldEdit, FieldState, SessionState } from './session-state';
import { failedWrite, groupByRecord, saveStateOf } from './session-state';
import type { UndoEntry, UndoStacks } from './undo-stack';
import { closeTyping, EMPTY_STACKS, loadUndoStacks, planTravel, pushChange, storeUndoStacks } from './undo-stack';
import { WriteChain } from './write-chain';

/**
 * The edit session of one assessment: the single owner of every value the user changed that the
 * store does not hold yet. A field's value goes from the keyboard into the session (and its journal,
 * synchronously), then to IndexedDB through one ordered chain of writes, each carrying the value it
 * was based on so another window's change is a conflict rather than silently overwritten. The
 * session also keeps the assessment's undo/redo stacks and one save state for the whole screen.
 * See docs/ARCHITECTURE.md, "From a key press to a stored answer".
 */

export const TEXT_DEBOUNCE_MS = 300;

/**
 * A live view shows a committed write within milliseconds. A screen still showing the old value
 * this long after is not stale: the store was changed back underneath (a restore), so trust it.
 */
const VIEW_CATCH_UP_MS = 2000;

export class EditSession {
  readonly store: StoreApi<SessionState>;
  private readonly fields = new Map<string, Field>();
  private readonly chain = new WriteChain(() => this.refreshSaveState());
  private stacks: UndoStacks = EMPTY_STACKS;
  private readonly loaded: Promise<void>;
  private readonly retry = new QuotaRetry(() => this.retryWaiting());

  constructor(readonly assessmentId: string) {
    this.store = createStore<SessionState>()(() => ({ fields: {}, saveState: 'saved', lastError: null, canUndo: false, canRedo: false }));
    this.loaded = loadUndoStacks(assessmentId).then((stored) => {
      // Changes made before the stored stacks arrived go on top of them.
      this.setStacks({ undo: [...stored.undo, ...this.stacks.undo], redo: this.stacks.undo.length > 0 ? [] : stored.redo }, false);
    });
  }

  /** What a field shows, or undefined when the session holds nothing for it (show the stored value). */
  field(address: FieldAddress): FieldState | undefined {
    return this.store.getState().fields[fieldKey(address)];
  }

  /**
   * A change of one or more fields. Text fields (`typing`) are each written a moment after their
   * last key press, as a growing undo entry per field; anything else is written at once, all fields
   * of a record in one transaction, as one undo entry.
   */
  edit(edits: readonly FieldEdit[], meta: EditMeta, { typing = false }: { typing?: boolean } = {}): Promise<void> {
    const started = edits.map(({ address, value, shown }) => {
      const field = this.prepare(address, shown, meta);
      field.token = journalField(address, value, field.base, meta);
      this.setField(field, {
        value,
        status: this.field(address)?.status === 'conflict' ? 'conflict' : 'pending',
        theirs: this.field(address)?.theirs,
      });
      return field;
    });
    if (typing) {
      // Each typed field keeps its own timer: a key press in one field never cancels another's write.
      for (const field of started) {
        if (this.field(field.address)?.status === 'conflict') continue;
        clearTimeout(field.timer);
        field.timer = setTimeout(() => void this.write([field], true), TEXT_DEBOUNCE_MS);
      }
      return Promise.resolve();
    }
    return this.write(started, false);
  }

  /** Writes a field's pending value now (blur), and ends its typing run for undo. */
  flush(address?: FieldAddress): Promise<void> {
    const due = [...this.fields.values()].filter(
      (field) => field.timer !== undefined && (!address || fieldKey(field.address) === fieldKey(address)),
    );
    for (const field of due) {
      clearTimeout(field.timer);
      field.timer = undefined;
      void this.write([field], true);
    }
    if (address) this.setStacks(closeTyping(this.stacks));
    return this.chain.idle();
  }

  /**
   * Runs a record command (add a source, resolve a comment, …) in order with the field writes and
   * records what it changed for undo. Resolves with the command's own result.
   */
  run<T>(command: () => Promise<{ readonly result: T; readonly steps: readonly FieldStep[] }>): Promise<T> {
    const done = this.chain.run(async () => {
      const { result, steps } = await command();
      this.setStacks(pushChange(this.stacks, steps, {}, false));
      return result;
    });
    done.then(
      () => this.store.setState({ lastError: null }),
      (error: unknown) => this.store.setState({ lastError: error }),
    );
    return done;
  }

  /** Stops showing the user's value for a field and follows the store again (after "use theirs"). */
  discard(address: FieldAddress): void {
    const field = this.fields.get(fieldKey(address));
    if (!field) return;
    clearTimeout(field.timer);
    if (field.token !== null) settleField(address, field.token, null);
    this.fields.delete(fieldKey(address));
    this.removeFieldState(address);
  }

  /** In a conflict: write the user's value over theirs, knowingly. */
  keepMine(address: FieldAddress): Promise<void> {
    const field = this.fields.get(fieldKey(address));
    const state = this.field(address);
    if (!field || state?.status !== 'conflict') return Promise.resolve();
    field.base = state.theirs;
    field.token = journalField(address, state.value, field.base, field.meta);
    this.setField(field, { value: state.value, status: 'pending' });
    return this.write([field], true);
  }

  /**
   * The screen's live view of a field changed. Once it shows what this session wrote (or something
   * newer from another window), the session lets go of the field and the screen follows the store.
   */
  observe(address: FieldAddress, stored: unknown): void {
    const field = this.fields.get(fieldKey(address));
    const state = this.field(address);
    if (!field || state?.status !== 'saved') return;
    if (sameValue(stored, state.value) || !sameValue(stored, field.shownAtWrite)) {
      this.fields.delete(fieldKey(address));
      this.removeFieldState(address);
    }
  }

  undo(meta: Omit<EditMeta, 'allowedAnswers'>): Promise<boolean> {
    return this.travel('undo', meta);
  }

  redo(meta: Omit<EditMeta, 'allowedAnswers'>): Promise<boolean> {
    return this.travel('redo', meta);
  }

  /** True while something typed or changed is not stored yet. */
  hasUnsaved(): boolean {
    return this.store.getState().saveState !== 'saved';
  }

  private async travel(direction: 'undo' | 'redo', meta: Omit<EditMeta, 'allowedAnswers'>): Promise<boolean> {
    await this.loaded;
    await this.flush();
    this.setStacks(closeTyping(this.stacks));
    const plan = planTravel(this.stacks, direction);
    if (!plan) return false;
    const { entry, writes } = plan;
    await this.chain
      .run(async () => {
        for (const group of groupByRecord(writes)) {
          const first = group[0]!.address;
          await writeFields({
            ...first,
            fields: group.map(({ address, value, base }) => ({ field: address.field, value, base })),
            meta: { ...meta, ...entry.meta },
          });
          // The restored value shows at once, and is the base of the next edit: no false conflict.
          for (const { address, value, base } of group) {
            const field = this.prepare(address, value, { ...meta, ...entry.meta });
            field.base = value;
            field.shownAtWrite = base;
            field.savedAt = Date.now();
            this.setField(field, { value, status: 'saved' });
          }
        }
      })
      .catch((error: unknown) => {
        this.store.setState({ lastError: error });
        throw error;
      });
    this.setStacks(plan.after);
    this.store.setState({ lastError: null });
    return true;
  }

  private prepare(address: FieldAddress, shown: unknown, meta: EditMeta): Field {
    const key = fieldKey(address);
    const existing = this.fields.get(key);
    const state = this.field(address);
    if (existing) {
      existing.meta = meta;
      // A saved field whose view has moved on (to this write or to another window's) starts afresh.
      if (state?.status === 'saved' && (!sameValue(shown, existing.shownAtWrite) || Date.now() - existing.savedAt > VIEW_CATCH_UP_MS)) {
        existing.base = shown;
        existing.shownAtWrite = shown;
      }
      return existing;
    }
    const field: Field = { address, base: shown, shownAtWrite: shown, meta, savedAt: 0, token: null };
    this.fields.set(key, field);
    return field;
  }

  private write(fields: readonly Field[], typing: boolean): Promise<void> {
    for (const field of fields) {
      clearTimeout(field.timer);
      field.timer = undefined;
    }
    const snapshot = fields.map((field) => ({ field, value: this.field(field.address)?.value, token: field.token }));
    for (const { field, value } of snapshot) this.setField(field, { value, status: 'saving' });
    return this.chain.run(async () => {
      const first = fields[0]!.address;
      const meta = fields[0]!.meta;
      try {
        const changes = await writeFields({
          ...first,
          fields: snapshot.map(({ field, value }) => ({ field: field.address.field, value, base: field.base })),
          meta,
        });
        for (const { field, value, token } of snapshot) {
          field.base = value;
          field.savedAt = Date.now();
          if (token !== null) settleField(field.address, token, { value });
          // A later key press already scheduled its own write: the field stays pending.
          if (field.timer === undefined && sameValue(this.field(field.address)?.value, value))
            this.setField(field, { value, status: 'saved' });
        }
        const steps = changes.map((change) => ({ address: { ...first, field: change.field }, before: change.before, after: change.after }));
        this.setStacks(pushChange(this.stacks, steps, { allowedAnswers: meta.allowedAnswers }, typing));
        this.retry.succeeded();
        this.store.setState({ lastError: null });
      } catch (error) {
        await this.failed(snapshot, error, typing);
      }
    });
  }

  private async failed(
    snapshot: readonly { field: Field; value: unknown; token: number | null }[],
    error: unknown,
    typing: boolean,
  ): Promise<void> {
    const outcome = failedWrite(error, typing);
    for (const { field, value, token } of snapshot) {
      if (outcome.dropJournal && token !== null) settleField(field.address, token, null);
      if (outcome.then === 'discard') {
        this.discard(field.address);
        continue;
      }
      const theirs = outcome.then === 'conflict' ? await readField(field.address).catch(() => null) : undefined;
      const status = outcome.then === 'wait-for-space' ? 'pending' : outcome.then;
      this.setField(field, { value: this.field(field.address)?.value ?? value, status, theirs, error: outcome.error });
    }
    if (outcome.then === 'wait-for-space') this.retry.schedule();
    this.store.setState({ lastError: outcome.error });
  }

  /** Space may be free again: write every value that waits for it. */
  private retryWaiting(): void {
    const waiting = [...this.fields.values()].filter(
      (field) => this.field(field.address)?.status === 'pending' && field.timer === undefined,
    );
    for (const field of waiting) void this.write([field], true);
  }

  private setField(field: Field, state: FieldState): void {
    const key = fieldKey(field.address);
    this.store.setState((current) => ({ fields: { ...current.fields, [key]: state } }));
    this.refreshSaveState();
  }

  private removeFieldState(address: FieldAddress): void {
    const { [fieldKey(address)]: _gone, ...rest } = this.store.getState().fields;
    this.store.setState({ fields: rest });
    this.refreshSaveState();
  }

  private refreshSaveState(): void {
    const saveState = saveStateOf(Object.values(this.store.getState().fields), this.chain.size);
    if (saveState !== this.store.getState().saveState) this.store.setState({ saveState });
  }

  private setStacks(stacks: UndoStacks, persist = true): void {
    this.stacks = stacks;
    this.store.setState({ canUndo: stacks.undo.length > 0, canRedo: stacks.redo.length > 0 });
    if (persist) void this.loaded.then(() => storeUndoStacks(this.assessmentId, this.stacks));
  }
}

export type { UndoEntry };
export type { FieldEdit, FieldState, FieldStatus, SaveState, SessionState } from './session-state';
