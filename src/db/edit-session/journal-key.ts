/**
 * Where the edit journal (edit-journal.ts) keeps values typed but not yet committed. Its own tiny
 * module so the start bundle can ask whether anything is left to replay without loading the
 * journal and the storage commands it brings: on almost every start there is nothing.
 */
export const EDIT_JOURNAL_KEY = 'mgi-workbench:unsaved-edits';

/** True when a tab left values in the journal (a reload, a crash, or another open tab). */
export function hasJournaledEdits(): boolean {
  try {
    return localStorage.getItem(EDIT_JOURNAL_KEY) !== null;
  } catch {
    // localStorage refused: nothing can have been journaled in it either.
    return false;
  }
}
