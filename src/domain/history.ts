import type { HistoryEntity, HistoryEntry } from './assessment';

/**
 * Turning a change into audit history: which fields moved, from what to what. Pure, so the same
 * rules serve every write command and are tested without a store.
 */

export type FieldChange = { readonly field: string; readonly before: unknown; readonly after: unknown };

/** Structural equality for the plain JSON values records hold (strings, numbers, nulls, small objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The fields, among `fields`, whose value differs between two versions of a record. */
export function diffFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** One change per member whose independent answer was added, changed or removed. */
export function diffMemberAnswers(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const members = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return members
    .filter((memberId) => !sameValue(before[memberId], after[memberId]))
    .map((memberId) => ({ field: `memberAnswers.${memberId}`, before: before[memberId] ?? null, after: after[memberId] ?? null }));
}

export type HistoryContext = {
  readonly assessmentId: string;
  readonly indicatorId: string | null;
  readonly entity: HistoryEntity;
  readonly entityId: string;
  readonly memberId: string | null;
  readonly reason: string;
  readonly at: string;
};

/** History rows for a set of changes, all stamped with the same who, when and why. */
export function historyEntries(changes: readonly FieldChange[], context: HistoryContext, newId: () => string): HistoryEntry[] {
  return changes.map((change) => ({
    id: newId(),
    assessmentId: context.assessmentId,
    indicatorId: context.indicatorId,
    entity: context.entity,
    entityId: context.entityId,
    field: change.field,
    before: change.before ?? null,
    after: change.after ?? null,
    reason: context.reason.trim(),
    memberId: context.memberId,
    at: context.at,
  }));
}

/** Newest first, by store sequence (ties, such as entries from one write, keep their order reversed). */
export function newestFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0) || b.at.localeCompare(a.at));
}
