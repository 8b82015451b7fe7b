/**
 * Moves keyboard focus to the indicator table's current row (its roving tab stop), from the skip
 * link or the T shortcut: without it, reaching the table took some 17 Tab presses. Plain DOM, so
 * the start screen's header can offer it without loading the table's code.
 */
export function focusIndicatorTable(): boolean {
  const row = document.querySelector<HTMLElement>('[data-testid="indicator-table"] tbody tr[tabindex="0"]');
  if (!row) return false;
  row.focus();
  return true;
}

/** Whether a key press belongs to a text field or a menu, where T is a letter and not a shortcut. */
export function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
