/**
 * Preferences of this device, not of the assessment: the interface language and who is working
 * here. They are read synchronously at start-up (before IndexedDB opens) so the first paint is
 * already in the right language and direction; that is why they live in localStorage.
 */

const PREFIX = 'mgi-workbench:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Access can throw when site data is blocked.
  }
}

export function readPref(key: string): string | null {
  return storage()?.getItem(PREFIX + key) ?? null;
}

export function writePref(key: string, value: string | null): void {
  const store = storage();
  if (!store) return;
  try {
    if (value === null) store.removeItem(PREFIX + key);
    else store.setItem(PREFIX + key, value);
  } catch {
    // A full or blocked localStorage only costs the preference, never assessment data.
  }
}
