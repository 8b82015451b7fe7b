import { CommandRefused } from '@/db/command-refusal';
import type { EditMeta, FieldAddress } from './field-address';
import { fieldKey } from './field-address';
import { writeFields } from './field-writers';
import { EDIT_JOURNAL_KEY as STORAGE_KEY } from './journal-key';

/**
 * A synchronous journal of field values not yet in IndexedDB. A debounced write, or one started as
 * the page goes away, is lost when the tab is reloaded or crashes before its transaction commits
 * (the read-then-write transaction needs the page's script to finish). localStorage writes are
 * synchronous, so each keystroke is journaled at once and removed when its write commits; the next
 * start writes whatever is left, through the same audited commands as a live edit.
 *
 * Several tabs share localStorage: each entry names its tab, and a tab holds a Web Lock named after
 * it for its whole life (taken when this module loads, before it can journal anything). A start
 * replays another tab's entries only once it gets that tab's lock: when the tab is gone.
 */

const TAB_LOCK_PREFIX = 'mgi-workbench:tab:';

export type JournalEntry = {
  readonly token: number;
  readonly tabId: string;
  readonly address: FieldAddress;
  readonly value: unknown;
  readonly base: unknown;
  readonly meta: EditMeta;
};
type Journal = Record<string, JournalEntry>;

/** Entries as the response-only journal before the edit session wrote them: one response field each. */
type LegacyEntry = {
  token: number;
  tabId: string;
  input: {
    assessmentId: string;
    indicatorId: string;
    edit: {
      patch: Record<string, unknown>;
      base: Record<string, unknown>;
      memberId: string | null;
      reason: string;
      allowedAnswers: string[];
    };
  };
};

function upgradeEntry(entry: JournalEntry | LegacyEntry): JournalEntry | null {
  if ('address' in entry) return entry;
  if (!('input' in entry) || typeof entry.input !== 'object' || entry.input === null) return null;
  const { assessmentId, indicatorId, edit } = entry.input;
  const [field] = Object.keys(edit?.patch ?? {});
  if (field === undefined) return null;
  const address: FieldAddress = { assessmentId, kind: 'response', recordId: indicatorId, field };
  const meta = { memberId: edit.memberId, reason: edit.reason, allowedAnswers: edit.allowedAnswers };
  return { token: entry.token, tabId: entry.tabId, address, value: edit.patch[field], base: edit.base[field] ?? null, meta };
}

const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
let nextToken = 1;
const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
// Never resolves: the lock is released when this tab goes away, crash included.
void locks?.request(`${TAB_LOCK_PREFIX}${tabId}`, () => new Promise<never>(() => undefined));

function read(): Journal {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const journal: Journal = {};
    for (const [key, raw] of Object.entries(parsed as Record<string, JournalEntry | LegacyEntry>)) {
      const entry = raw && typeof raw === 'object' ? upgradeEntry(raw) : null;
      if (entry) journal['address' in raw ? key : fieldKey(entry.address)] = entry;
    }
    return journal;
  } catch {
    return {};
  }
}

/** False when localStorage refused (full or unavailable): the caller warns before the page closes. */
function write(journal: Journal): boolean {
  try {
    if (Object.keys(journal).length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(journal));
    return true;
  } catch {
    return false;
  }
}

/** Journals the latest value of a field (replacing an older one). Returns its token, or null if it could not be journaled. */
export function journalField(address: FieldAddress, value: unknown, base: unknown, meta: EditMeta): number | null {
  const token = nextToken++;
  return write({ ...read(), [fieldKey(address)]: { token, tabId, address, value, base, meta } }) ? token : null;
}

/**
 * The write of `token` ended: committed (`committed` holds the value now stored) or refused
 * (`committed` null). Removes the entry if it is still that write's; a later keystroke's entry is
 * rebased onto the committed value, since its write will be based on it too.
 */
export function settleField(address: FieldAddress, token: number, committed: { readonly value: unknown } | null): void {
  const key = fieldKey(address);
  const journal = read();
  const entry = journal[key];
  if (!entry || entry.tabId !== tabId) return;
  if (entry.token <= token) {
    const { [key]: _settled, ...rest } = journal;
    write(rest);
  } else if (committed) {
    write({ ...journal, [key]: { ...entry, base: committed.value } });
  }
}

async function replayEntries(orphans: readonly [string, JournalEntry][]): Promise<number> {
  let written = 0;
  for (const [key, entry] of orphans) {
    const { address, value, base, meta } = entry;
    try {
      const changes = await writeFields({
        assessmentId: address.assessmentId,
        kind: address.kind,
        recordId: address.recordId,
        fields: [{ field: address.field, value, base }],
        meta,
      });
      if (changes.length > 0) written += 1;
    } catch (error) {
      // A store failure (disk full) keeps the entry for the next start; a refusal (the text was
      // changed elsewhere meanwhile, the assessment is locked now) drops it: the store keeps what it has.
      if (!(error instanceof CommandRefused)) continue;
    }
    const journal = read();
    if (journal[key]?.token === entry.token && journal[key]?.tabId === entry.tabId) {
      const { [key]: _replayed, ...rest } = journal;
      write(rest);
    }
  }
  return written;
}

/**
 * Writes the values left by tabs that went away before committing them, each as soon as its tab
 * is gone (at once for a crashed or reloaded tab). A value the store already holds is written as a
 * no-op (no history). Resolves with how many entries of tabs already gone changed the store.
 */
export async function replayJournal(): Promise<number> {
  const byTab = new Map<string, [string, JournalEntry][]>();
  for (const [key, entry] of Object.entries(read())) {
    if (entry.tabId !== tabId) byTab.set(entry.tabId, [...(byTab.get(entry.tabId) ?? []), [key, entry]]);
  }
  if (!locks) return (await Promise.all([...byTab.values()].map(replayEntries))).reduce((sum, count) => sum + count, 0);
  let written = 0;
  await Promise.all(
    [...byTab].map(async ([otherTab, entries]) => {
      const name = `${TAB_LOCK_PREFIX}${otherTab}`;
      const now = await locks.request(name, { ifAvailable: true }, async (lock) => (lock ? replayEntries(entries) : null));
      if (now !== null) written += now;
      // The tab is still open: its edits are its own; replay whatever it leaves once it is gone.
      else void locks.request(name, () => replayEntries(Object.entries(read()).filter(([, entry]) => entry.tabId === otherTab)));
    }),
  );
  return written;
}
