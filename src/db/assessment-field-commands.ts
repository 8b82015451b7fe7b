import type { Assessment } from '@/domain/assessment';
import type { FieldChange } from '@/domain/history';
import { sameValue } from '@/domain/history';
import { asBilingual } from '@/domain/bilingual-text';
import { reservationsEditIssues, reservationsText, withReservations } from '@/domain/validation';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';

/**
 * The few fields of the assessment record itself that are edited as texts through the edit
 * session: the territorial scope on the cover, and the reservations of each recorded domain
 * decision in both languages (`reservations.<domainId>`). Until the assessment is published: the
 * cover and the validation record are part of the published record. Once it is validated, a
 * reservation's original (as the meeting worded it) stays as recorded; its translation and check
 * may still change (reservationsEditIssues).
 */

const RESERVATIONS = 'reservations.';

export type AssessmentFieldEdit = { readonly field: string; readonly value: unknown; readonly base: unknown };

function isEditable(field: string): boolean {
  return field === 'territorialScope' || field.startsWith(RESERVATIONS);
}

function read(record: Assessment, field: string): unknown {
  if (field.startsWith(RESERVATIONS)) {
    const decision = record.validation?.decisions.find((d) => d.domainId === field.slice(RESERVATIONS.length));
    return decision ? reservationsText(decision) : null;
  }
  return (record as unknown as Record<string, unknown>)[field] ?? null;
}

function write(record: Assessment, field: string, value: unknown): Assessment {
  if (field.startsWith(RESERVATIONS)) {
    const domainId = field.slice(RESERVATIONS.length);
    const text = asBilingual(value);
    const issue = reservationsEditIssues(record, domainId, text)[0];
    if (issue) refuse(issue.code === 'locked' ? { code: 'locked' } : { code: 'invalid-input', field });
    return {
      ...record,
      validation: withReservations(record.validation ?? { meeting: null, decisions: [], lockedAt: null }, domainId, text),
    };
  }
  // Stored in its full bilingual shape whatever the editor handed in; null clears it.
  return { ...record, [field]: value === null ? undefined : asBilingual(value) };
}

/** History names the reservations under the validation record, like the decision they belong to. */
function historyField(field: string): string {
  return field.startsWith(RESERVATIONS) ? `validation.${field}` : field;
}

export function editAssessmentFields(
  assessmentId: string,
  edits: readonly AssessmentFieldEdit[],
  memberId: string | null,
): Promise<FieldChange[]> {
  const at = new Date().toISOString();
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.history], async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) refuse({ code: 'missing-assessment' });
      if (assessment.phase === 'published') refuse({ code: 'locked' });
      for (const edit of edits) if (!isEditable(edit.field)) refuse({ code: 'invalid-input', field: edit.field });
      const conflicts = edits.filter(
        ({ field, value, base }) => !sameValue(read(assessment, field), base) && !sameValue(read(assessment, field), value),
      );
      if (conflicts.length > 0) refuse({ code: 'conflict', fields: conflicts.map((edit) => edit.field) });
      const changed = edits.filter(({ field, value }) => !sameValue(read(assessment, field), value));
      if (changed.length === 0) return [];
      const next = changed.reduce((record, { field, value }) => write(record, field, value), assessment);
      await db.assessments.put({ ...next, updatedAt: at });
      await db.history.bulkAdd(
        changed.map(({ field, value }) => ({
          id: newId(),
          assessmentId,
          indicatorId: null,
          entity: 'assessment' as const,
          entityId: assessmentId,
          field: historyField(field),
          before: read(assessment, field),
          after: value,
          reason: '',
          memberId,
          at,
        })),
      );
      return changed.map(({ field, value }) => ({ field, before: read(assessment, field), after: value }));
    }),
  );
}

export async function readAssessmentField(assessmentId: string, field: string): Promise<unknown> {
  const assessment = await db.assessments.get(assessmentId);
  return assessment ? read(assessment, field) : null;
}
