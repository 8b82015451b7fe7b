import type { LocalizedText } from '@/domain/localized-text';
import type { AddedFinding, Finding, FindingOverride, ProfileEditing } from '@/domain/profile-findings';

/**
 * The researcher's edits to the findings, as pure changes to a ProfileEditing. Every edit is keyed
 * by the finding's id, so a line keeps the indicators behind it whatever is reworded or moved.
 */

export function patchOverride(editing: ProfileEditing, id: string, patch: FindingOverride): ProfileEditing {
  const merged: FindingOverride = { ...editing.overrides[id], ...patch };
  return { ...editing, overrides: { ...editing.overrides, [id]: merged } };
}

/** Rewords a line; empty text in both languages goes back to the derived wording. */
export function reword(editing: ProfileEditing, id: string, text: LocalizedText): ProfileEditing {
  const blank = text.en.trim() === '' && text.ar.trim() === '';
  const added = editing.added.find((line) => line.id === id);
  if (added) return { ...editing, added: editing.added.map((line) => (line.id === id ? { ...line, text } : line)) };
  return patchOverride(editing, id, { text: blank ? null : text });
}

export function annotate(editing: ProfileEditing, id: string, note: string): ProfileEditing {
  if (editing.added.some((line) => line.id === id)) {
    return { ...editing, added: editing.added.map((line) => (line.id === id ? { ...line, note } : line)) };
  }
  return patchOverride(editing, id, { note });
}

export function setHidden(editing: ProfileEditing, id: string, hidden: boolean): ProfileEditing {
  return patchOverride(editing, id, { hidden });
}

/** Forgets the edits of a line that no longer exists (its answers changed). */
export function discardOverride(editing: ProfileEditing, id: string): ProfileEditing {
  const { [id]: _dropped, ...rest } = editing.overrides;
  return { ...editing, overrides: rest, order: editing.order.filter((entry) => entry !== id) };
}

export function addFinding(editing: ProfileEditing, line: AddedFinding): ProfileEditing {
  return { ...editing, added: [...editing.added, line] };
}

export function removeAdded(editing: ProfileEditing, id: string): ProfileEditing {
  return discardOverride({ ...editing, added: editing.added.filter((line) => line.id !== id) }, id);
}

/**
 * Moves a line one place among the visible lines of its own group (same domain and kind), which is
 * how the screen and the PDF show them, and returns the full new order of visible ids. A line at
 * the edge of its group stays where it is.
 */
export function moveWithinGroup(visible: readonly Finding[], id: string, offset: -1 | 1): string[] {
  const ids = visible.map((finding) => finding.id);
  const moving = visible.find((finding) => finding.id === id);
  if (!moving) return ids;
  const group = visible.filter((f) => f.kind === moving.kind && f.domainId === moving.domainId).map((f) => f.id);
  const neighbour = group[group.indexOf(id) + offset];
  if (neighbour === undefined) return ids;
  const from = ids.indexOf(id);
  const to = ids.indexOf(neighbour);
  ids[from] = neighbour;
  ids[to] = id;
  return ids;
}

export function withOrder(editing: ProfileEditing, order: readonly string[]): ProfileEditing {
  return { ...editing, order: [...order] };
}
