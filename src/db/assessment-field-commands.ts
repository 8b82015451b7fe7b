import type { FieldChange } from '@/domain/history';
import { sameValue } from '@/domain/history';
import { asBilingual } from '@/domain/bilingual-text';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';

/**
 * The few fields of the assessment record itself that the researcher writes for the report (the
 * territorial scope on the cover), edited through the edit session like any other field. Until
 * the assessment is published: the cover is part of the published record.
 */

const EDITABLE = new Set(['territorialScope']);

export type AssessmentFieldEdit = { readonly field: string; readonly value: unknown; readonly base: unknown };

function read(record: object, field: string): unknown {
  return (record as Record<string, unknown>)[field] ?? null;
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
      for (const edit of edits) if (!EDITABLE.has(edit.field)) refuse({ code: 'invalid-input', field: edit.field });
      const conflicts = edits.filter(
        ({ field, value, base }) => !sameValue(read(assessment, field), base) && !sameValue(read(assessment, field), value),
      );
      if (conflicts.length > 0) refuse({ code: 'conflict', fields: conflicts.map((edit) => edit.field) });
      const changed = edits.filter(({ field, value }) => !sameValue(read(assessment, field), value));
      if (changed.length === 0) return [];
      // Stored in its full bilingual shape whatever the editor handed in; null clears it.
      const values = Object.fromEntries(changed.map(({ field, value }) => [field, value === null ? undefined : asBilingual(value)]));
      await db.assessments.put({ ...assessment, ...values, updatedAt: at });
      await db.history.bulkAdd(
        changed.map(({ field, value }) => ({
          id: newId(),
          assessmentId,
          indicatorId: null,
          entity: 'assessment' as const,
          entityId: assessmentId,
          field,
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
