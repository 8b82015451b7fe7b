import { DATABASE_NAME } from './schema';

/**
 * Whether this browser held the app's database when the page started, asked once before the
 * database is opened (openStoreEarly). On a first visit the browser then creates every table,
 * which took 70 ms to 1.1 s in a fresh profile on the test machine (docs/PERFORMANCE.md), while
 * the answer to this question takes a few milliseconds: what a screen knows is empty (the list
 * of assessments, the imported catalogues) can be drawn without waiting for that creation.
 *
 * `true` whenever the browser cannot say (no `indexedDB.databases`, an error): the screens then
 * wait for the database as before. A `false` only ever adds an early "empty" to what the live
 * reads show; their own answer, when it comes, replaces it.
 */
let answer: Promise<boolean> | undefined;
let known: boolean | undefined;

export function storeExistedAtStart(): Promise<boolean> {
  answer ??= askBrowser().then((existed) => {
    known = existed;
    return existed;
  });
  return answer;
}

/** The answer if it has come in already, else undefined (for a first render). */
export function storeExistedAtStartIfKnown(): boolean | undefined {
  return known;
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
