import type { EditResponseInput } from './response-commands';
import { editResponse } from './response-commands';
import { db } from './db';
import { saveNow } from './save-queue';

/**
 * A synchronous journal of typed text not yet in IndexedDB. A debounced write, or one started as
 * the page goes away, is lost when the tab is reloaded or crashes before its transaction commits
 * (the read-then-write transaction needs the page's script to finish). localStorage writes are
 * synchronous, so each keystroke's edit is journaled at once and removed when its write commits;
 * the next start writes whatever is left, through the normal audited command.
 *
 * Several tabs share localStorage: each entry names its tab, and a tab holds a Web Lock named after
 * it for its whole life (taken when this module loads, before it can journal anything). A start
 * replays another tab's entries only once it gets that tab's lock: when the tab is gone.
 */

const STORAGE_KEY = 'mgi-workbench:unsaved-edits';
const TAB_LOCK_PREFIX = 'mgi-workbench:tab:';

type Entry = { readonly token: number; readonly tabId: string; readonly input: EditResponseInput };
type Journal = Record<string, Entry>;

const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
let nextToken = 1;
const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
// Never resolves: the lock is released when this tab goes away, crash included.
void locks?.request(`${TAB_LOCK_PREFIX}${tabId}`, () => new Promise<never>(() => undefined));

function read(): Journal {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

function write(journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(journal));
  } catch {
    // Storage full or unavailable: the debounced write and the flush on leaving still run.
  }
}

/** Journals the latest edit for `key` (replacing an older one) and returns its token. */
export function journalEdit(key: string, input: EditResponseInput): number {
  const token = nextToken++;
  write({ ...read(), [key]: { token, tabId, input } });
  return token;
}

/**
 * The write of `token` ended (committed, or refused and shown to the user). Removes the entry if
 * it is still that write's; a later keystroke's entry is rebased onto the committed value, since
 * its write will be based on it too.
 */
export function settleJournal(key: string, token: number, committed: EditResponseInput['edit']['patch'] | null): void {
  const journal = read();
  const entry = journal[key];
  if (!entry || entry.tabId !== tabId) return;
  if (entry.token <= token) {
    const { [key]: _settled, ...rest } = journal;
    write(rest);
  } else if (committed) {
    const edit = { ...entry.input.edit, base: { ...entry.input.edit.base, ...committed } };
    write({ ...journal, [key]: { ...entry, input: { ...entry.input, edit } } });
  }
}

/** True when the store already holds every value of the edit (its write did commit). */
async function alreadyStored({ assessmentId, indicatorId, edit }: EditResponseInput): Promise<boolean> {
  const stored = await db.responses.get(`${assessmentId}:${indicatorId}`);
  return stored !== undefined && Object.entries(edit.patch).every(([field, value]) => stored[field as keyof typeof stored] === value);
}

async function replayEntries(orphans: readonly [string, Entry][]): Promise<number> {
  let written = 0;
  for (const [key, entry] of orphans) {
    try {
      if (!(await alreadyStored(entry.input))) {
        await saveNow(() => editResponse(entry.input));
        written += 1;
      }
    } catch {
      // Refused or failed: nothing stored changes; the entry goes.
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
 * Writes the edits left by tabs that went away before committing them, each as soon as its tab is
 * gone (at once for a crashed or reloaded tab). Refused edits (the text was changed elsewhere
 * meanwhile, or the assessment is locked now) are dropped: the store keeps what it has. Resolves
 * with how many edits were written by the tabs already gone.
 */
export async function replayJournal(): Promise<number> {
  const byTab = new Map<string, [string, Entry][]>();
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
