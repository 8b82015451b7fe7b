import type { MemberAnswer, Response } from './assessment';
import type { FieldChange } from './history';
import { diffFields, diffMemberAnswers, sameValue } from './history';
import { canMoveStatus, changeNeedsReason, statusAfterEdit } from './scoring';

/**
 * The rules for one edit of a response: optimistic concurrency per field, the status workflow,
 * "agreed means give a reason", and what goes into the history. The store command applies the
 * result in one transaction; this module decides it.
 */

export const EDITABLE_RESPONSE_FIELDS = [
  'answer',
  'notApplicable',
  'notApplicableReason',
  'justification',
  'confidence',
  'status',
  'assigneeId',
  'agreedRationale',
  'dissent',
  'translations',
] as const;
export type EditableResponseField = (typeof EDITABLE_RESPONSE_FIELDS)[number];
export type ResponsePatch = Partial<Pick<Response, EditableResponseField>>;

/**
 * A translation of what the group wrote is not a change of its answer: it moves no status, needs
 * no reason once agreed, and is still allowed after validation (until publication), since the
 * published profile needs its texts in both languages.
 */
export function isTranslationOnly(patch: ResponsePatch, memberAnswer?: unknown): boolean {
  const fields = Object.keys(patch);
  return !memberAnswer && fields.length > 0 && fields.every((field) => field === 'translations');
}

export type ResponseEdit = {
  readonly patch: ResponsePatch;
  /**
   * What the editor saw for each field it changes, before its edit. If the stored value differs,
   * someone else changed that field meanwhile and the edit must not overwrite it silently.
   */
  readonly base: ResponsePatch;
  /** A member's own answer: set (or null to withdraw), with the value the editor saw before. */
  readonly memberAnswer?:
    { readonly memberId: string; readonly value: MemberAnswer | null; readonly base: MemberAnswer | null } | undefined;
  readonly memberId: string | null;
  readonly reason: string;
  readonly at: string;
  /** The answer values the indicator's scale allows; an answer outside them is refused. */
  readonly allowedAnswers: readonly string[];
};

export type EditRefusal =
  | { readonly code: 'conflict'; readonly fields: readonly string[]; readonly current: Response }
  | { readonly code: 'invalid-status-move'; readonly from: Response['status']; readonly to: Response['status'] }
  | { readonly code: 'reason-required' }
  | { readonly code: 'invalid-answer' };

export type EditOutcome =
  | { readonly ok: true; readonly next: Response; readonly changes: readonly FieldChange[] }
  | { readonly ok: false; readonly refusal: EditRefusal };

export function applyResponseEdit(current: Response, edit: ResponseEdit): EditOutcome {
  const conflicts = (Object.keys(edit.patch) as EditableResponseField[]).filter(
    // An absent optional field (translations) and null are the same "nothing yet".
    (field) =>
      field in edit.base &&
      !sameValue(current[field] ?? null, edit.base[field] ?? null) &&
      !sameValue(current[field] ?? null, edit.patch[field] ?? null),
  );
  const memberAnswer = edit.memberAnswer;
  const storedMemberAnswer = memberAnswer ? (current.memberAnswers[memberAnswer.memberId] ?? null) : null;
  if (memberAnswer && !sameValue(storedMemberAnswer, memberAnswer.base) && !sameValue(storedMemberAnswer, memberAnswer.value)) {
    conflicts.push(`memberAnswers.${memberAnswer.memberId}` as EditableResponseField);
  }
  if (conflicts.length > 0) return { ok: false, refusal: { code: 'conflict', fields: conflicts, current } };

  const patch = edit.patch;
  if (patch.answer != null && !edit.allowedAnswers.includes(patch.answer)) return { ok: false, refusal: { code: 'invalid-answer' } };
  const contentChanged = diffFields(current, { ...current, ...patch }, EDITABLE_RESPONSE_FIELDS).some(
    (change) => change.field !== 'status' && change.field !== 'translations',
  );
  const status = patch.status ?? (contentChanged || memberAnswer ? statusAfterEdit(current.status) : current.status);
  // Editing an untouched indicator makes it a draft first, so "answer and agree" is one move.
  const from = contentChanged || memberAnswer ? statusAfterEdit(current.status) : current.status;
  if (!canMoveStatus(current.status, status) && !canMoveStatus(from, status))
    return { ok: false, refusal: { code: 'invalid-status-move', from: current.status, to: status } };

  const memberAnswers = { ...current.memberAnswers };
  if (memberAnswer) {
    if (memberAnswer.value === null) delete memberAnswers[memberAnswer.memberId];
    else memberAnswers[memberAnswer.memberId] = memberAnswer.value;
  }
  // Marking "not applicable" clears the answer: an indicator is either answered or not applicable.
  const answer = patch.notApplicable === true ? null : patch.answer !== undefined ? patch.answer : current.answer;
  const notApplicable = patch.answer != null ? false : (patch.notApplicable ?? current.notApplicable);
  const candidate: Response = { ...current, ...patch, answer, notApplicable, status, memberAnswers };
  const changes = [
    ...diffFields(current, candidate, EDITABLE_RESPONSE_FIELDS),
    ...diffMemberAnswers(current.memberAnswers, candidate.memberAnswers),
  ];
  if (changes.length === 0) return { ok: true, next: current, changes };
  const translationOnly = changes.every((change) => change.field === 'translations');
  if (!translationOnly && changeNeedsReason(current.status) && edit.reason.trim() === '')
    return { ok: false, refusal: { code: 'reason-required' } };
  const next: Response = { ...candidate, revision: current.revision + 1, updatedAt: edit.at, updatedBy: edit.memberId };
  return { ok: true, next, changes };
}

/** The patch that reverts a change made by applyResponseEdit, and the base it expects to find. */
export function undoEdit(changes: readonly FieldChange[]): { patch: ResponsePatch; base: ResponsePatch } {
  const patch: Record<string, unknown> = {};
  const base: Record<string, unknown> = {};
  for (const change of changes) {
    if (!(EDITABLE_RESPONSE_FIELDS as readonly string[]).includes(change.field)) continue;
    patch[change.field] = change.before;
    base[change.field] = change.after;
  }
  return { patch: patch as ResponsePatch, base: base as ResponsePatch };
}
