/**
 * What the edit session edits: one field of one record of one assessment. The session never looks
 * inside a value: it may be a string, a number, a bilingual text object or a whole record (field
 * `*`), as long as it survives JSON (the journal and the undo stack store it).
 */

export type FieldKind = 'response' | 'profile' | 'assessment' | 'source' | 'comment' | 'member';

export type FieldAddress = {
  readonly assessmentId: string;
  readonly kind: FieldKind;
  /** The record inside the assessment: an indicator id for responses, the assessment id for the profile and the assessment record, a row id otherwise. */
  readonly recordId: string;
  /**
   * The field of that record: a response field (`justification`, `memberAnswers.<memberId>`), a
   * profile path (`introduction`, `domainNarratives.D1`), or `*` for the whole record (a source,
   * comment or member row, `null` when it does not exist).
   */
  readonly field: string;
};

/** Who makes an edit and why; stamped on the history entries the write adds. */
export type EditMeta = {
  readonly memberId: string | null;
  readonly reason: string;
  /** Response answers the indicator's scale allows (only response edits need it). */
  readonly allowedAnswers?: readonly string[];
};

/** One field's new value and the value the editor saw before it (its base, for conflict detection). */
export type FieldWrite = { readonly field: string; readonly value: unknown; readonly base: unknown };

/** One record's fields, written together in one transaction. */
export type RecordWrite = {
  readonly assessmentId: string;
  readonly kind: FieldKind;
  readonly recordId: string;
  readonly fields: readonly FieldWrite[];
  readonly meta: EditMeta;
};

/** A change as the undo stack keeps it: enough to write it back (undo) or again (redo). */
export type FieldStep = { readonly address: FieldAddress; readonly before: unknown; readonly after: unknown };

export function fieldKey({ assessmentId, kind, recordId, field }: FieldAddress): string {
  return JSON.stringify([assessmentId, kind, recordId, field]);
}

export function recordKey({ assessmentId, kind, recordId }: Pick<FieldAddress, 'assessmentId' | 'kind' | 'recordId'>): string {
  return JSON.stringify([assessmentId, kind, recordId]);
}

export function sameAddress(a: FieldAddress, b: FieldAddress): boolean {
  return fieldKey(a) === fieldKey(b);
}
