import type { BilingualText } from './bilingual-text';
import { isBlank } from './bilingual-text';
import type { AddedFinding, AnswerBasis, Finding, FindingOverride, ProfileEditing } from './profile-findings';

/**
 * The researcher's edits to the findings, as pure changes to a ProfileEditing. Every edit is keyed
 * by the finding's id, so a line keeps the indicators behind it whatever is reworded or moved.
 */

export function patchOverride(editing: ProfileEditing, id: string, patch: FindingOverride): ProfileEditing {
  const merged: FindingOverride = { ...editing.overrides[id], ...patch };
  return { ...editing, overrides: { ...editing.overrides, [id]: merged } };
}

/**
 * Rewords a finding, recording the answers it was written on (basis) so a later change of those
 * answers flags it. Empty text in both languages goes back to the drafted wording.
 */
export function reword(editing: ProfileEditing, id: string, text: BilingualText, basis: AnswerBasis): ProfileEditing {
  const added = editing.added.find((line) => line.id === id);
  if (added) return { ...editing, added: editing.added.map((line) => (line.id === id ? { ...line, text, basis } : line)) };
  return isBlank(text) ? patchOverride(editing, id, { text: null }) : patchOverride(editing, id, { text, basis });
}

/** Confirms an edited text still holds after its answers changed: the current answers become its basis. */
export function confirmWording(editing: ProfileEditing, id: string, basis: AnswerBasis): ProfileEditing {
  if (editing.added.some((line) => line.id === id))
    return { ...editing, added: editing.added.map((line) => (line.id === id ? { ...line, basis } : line)) };
  return patchOverride(editing, id, { basis });
}

/** Removes a finding from view: an added one is dropped, a drafted one hidden (so it can come back). */
function retire(editing: ProfileEditing, id: string): ProfileEditing {
  return editing.added.some((line) => line.id === id) ? removeAdded(editing, id) : setHidden(editing, id, true);
}

function joinTexts(a: BilingualText, b: BilingualText): BilingualText {
  const join = (x: string, y: string) => [x.trim(), y.trim()].filter(Boolean).join(' ');
  const same = a.same && b.same;
  return { en: join(a.en, b.en), ar: join(a.ar, b.ar), original: a.original, checked: a.checked && b.checked, same };
}

/**
 * Merges two findings of the same list into one new finding placed where the first was: both
 * texts, all their indicators. The originals are hidden (drafted) or dropped (added).
 */
export function mergeFindings(
  editing: ProfileEditing,
  visibleOrder: readonly string[],
  first: Finding,
  second: Finding,
  newId: string,
  basis: AnswerBasis,
): ProfileEditing {
  if (first.id === second.id || first.kind !== second.kind) return editing;
  const merged: AddedFinding = {
    id: newId,
    kind: first.kind,
    domainId: first.domainId,
    heading: { en: first.heading.en, ar: first.heading.ar, original: 'en', checked: true, same: false },
    indicatorIds: [...first.indicatorIds, ...second.indicatorIds.filter((id) => !first.indicatorIds.includes(id))],
    text: joinTexts(first.text, second.text),
    note: [first.note, second.note].filter(Boolean).join(' '),
    basis,
  };
  const placed = visibleOrder.flatMap((id) => (id === first.id ? [newId, id] : [id]));
  return retire(retire({ ...addFinding(editing, merged), order: placed }, first.id), second.id);
}

/**
 * Splits a finding in two by its indicators: the first part keeps `firstIndicatorIds`, the second
 * the rest; both start with the whole text for the researcher to divide. Returns editing unchanged
 * when either part would be empty.
 */
export function splitFinding(
  editing: ProfileEditing,
  visibleOrder: readonly string[],
  finding: Finding,
  firstIndicatorIds: readonly string[],
  newIds: readonly [string, string],
  basisOf: (indicatorIds: readonly string[]) => AnswerBasis,
): ProfileEditing {
  const first = finding.indicatorIds.filter((id) => firstIndicatorIds.includes(id));
  const second = finding.indicatorIds.filter((id) => !firstIndicatorIds.includes(id));
  if (first.length === 0 || second.length === 0) return editing;
  const heading: BilingualText = { en: finding.heading.en, ar: finding.heading.ar, original: 'en', checked: true, same: false };
  const part = (id: string, indicatorIds: readonly string[]): AddedFinding => ({
    id,
    kind: finding.kind,
    domainId: finding.domainId,
    heading,
    indicatorIds,
    text: finding.text,
    note: finding.note,
    basis: basisOf(indicatorIds),
  });
  const withParts = { ...editing, added: [...editing.added, part(newIds[0], first), part(newIds[1], second)] };
  const placed = visibleOrder.flatMap((id) => (id === finding.id ? [newIds[0], newIds[1], id] : [id]));
  return retire({ ...withParts, order: placed }, finding.id);
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
