// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EDIT_JOURNAL_KEY, hasJournaledEdits } from '@/db/edit-session/journal-key';

describe('the start-up check for values left in the edit journal', () => {
  afterEach(() => localStorage.clear());

  it('is false on a clean start, true once a tab left an entry', () => {
    expect(hasJournaledEdits()).toBe(false);
    localStorage.setItem(EDIT_JOURNAL_KEY, '{"a":{}}');
    expect(hasJournaledEdits()).toBe(true);
  });
});
