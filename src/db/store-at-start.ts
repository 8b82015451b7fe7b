import { DATABASE_NAME } from './schema';

/**
 * Whether this browser held the app's database when the page started, known before the database
 * is opened (openStoreEarly). On a first visit the browser then creates every table, which took
 * 70 ms to 1.1 s in a fresh profile on the test machine (docs/PERFORMANCE.md): what a screen knows
 * is empty (the list of assessments, the imported catalogues) is drawn without waiting for that.
 *
 * A returning visit answers from a mark in localStorage, set once the database has opened, at no
 * cost. Without the mark (a first visit, or localStorage cleared alone) the browser is asked with
 * `indexedDB.databases()`, a few milliseconds, which delays the open itself slightly: hence the
 * mark. `true` whenever neither can say: the screens then wait for the database as before. A
 * `false` only ever adds an early "empty" to what the live reads show; their answers replace it.
 */
const OPENED_MARK = 'mgi-workbench:store-opened';

let answer: Promise<boolean> | undefined;
let known: boolean | undefined;

export function storeExistedAtStart(): Promise<boolean> {
  if (answer) return answer;
  if (readMark()) {
    known = true;
    answer = Promise.resolve(true);
  } else answer = askBrowser().then((existed) => (known = existed));
  return answer;
}

/** The answer if it has come in already, else undefined (for a first render). */
export function storeExistedAtStartIfKnown(): boolean | undefined {
  return known;
}

/** Called once the database has opened: later starts know it exists without asking. */
export function markStoreOpened(): void {
  if (readMark()) return;
  try {
    localStorage.setItem(OPENED_MARK, '1');
  } catch {
    // A full or blocked localStorage: later starts ask the browser instead.
  }
}

function readMark(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(OPENED_MARK) !== null;
  } catch {
    return false;
  }
}

async function askBrowser(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === DATABASE_NAME);
  } catch {
    return true;
  }
}
