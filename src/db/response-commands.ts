import type { Assessment, HistoryEntry, Response } from '@/domain/assessment';
import { emptyResponse, responseId } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import type { FieldChange } from '@/domain/history';
import { historyEntries } from '@/domain/history';
import type { ResponseEdit } from '@/domain/response-edit';
import { applyResponseEdit, isTranslationOnly } from '@/domain/response-edit';
import { changeNeedsReason } from '@/domain/scoring';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';

/**
 * Edits of one indicator's response. Each is one transaction that writes the response AND its
 * history entries, or nothing. Responses are created lazily on the first edit.
 */

export type EditResponseInput = {
  readonly assessmentId: string;
  readonly indicatorId: string;
  readonly edit: Omit<ResponseEdit, 'at'>;
};

export type EditResponseResult = { readonly response: Response; readonly changes: readonly FieldChange[] };

/** Reads the assessment inside a transaction and refuses when it is missing or locked. */
export async function requireEditableAssessment(assessmentId: string): Promise<Assessment> {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) refuse({ code: 'missing-assessment' });
  if (isAssessmentLocked(assessment)) refuse({ code: 'locked' });
  return assessment;
}

/** Like requireEditableAssessment, for translations: allowed after validation, refused once published. */
export async function requireTranslatableAssessment(assessmentId: string): Promise<Assessment> {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) refuse({ code: 'missing-assessment' });
  if (assessment.phase === 'published') refuse({ code: 'locked' });
  return assessment;
}

/** Inside a transaction: refuses a change without a reason once the indicator is agreed. */
export async function requireReasonIfAgreed(assessmentId: string, indicatorId: string, reason: string): Promise<void> {
  const response = await db.responses.get(responseId(assessmentId, indicatorId));
  if (response && changeNeedsReason(response.status) && reason.trim() === '') refuse({ code: 'reason-required' });
}

export function editResponse(input: EditResponseInput): Promise<EditResponseResult> {
  const at = new Date().toISOString();
  const id = responseId(input.assessmentId, input.indicatorId);
  // The requests of the transaction are issued together (two reads, then three writes) rather
  // than one after the other: each await is a turn of the page's event loop, and on a busy page
  // (a key press re-renders the table) those turns, not IndexedDB, were most of a key press's save.
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.history], async () => {
      const [assessment, stored] = await Promise.all([
        isTranslationOnly(input.edit.patch, input.edit.memberAnswer)
          ? requireTranslatableAssessment(input.assessmentId)
          : requireEditableAssessment(input.assessmentId),
        db.responses.get(id),
      ]);
      const current = stored ?? emptyResponse(input.assessmentId, input.indicatorId, at);
      const outcome = applyResponseEdit(current, { ...input.edit, at });
      if (!outcome.ok) refuse(outcome.refusal);
      if (outcome.changes.length === 0) return { response: current, changes: [] };
      const entries: HistoryEntry[] = historyEntries(
        outcome.changes,
        {
          assessmentId: input.assessmentId,
          indicatorId: input.indicatorId,
          entity: 'response',
          entityId: id,
          memberId: input.edit.memberId,
          reason: input.edit.reason,
          at,
        },
        newId,
      );
      // The assessment was read in this transaction: put it back with its new time (no second read).
      await Promise.all([
        db.responses.put(outcome.next),
        db.history.bulkAdd(entries),
        db.assessments.put({ ...assessment, updatedAt: at }),
      ]);
      return { response: outcome.next, changes: outcome.changes };
    }),
  );
}
