import type { HistoryEntry, Response } from '@/domain/assessment';
import { emptyResponse, responseId } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import { changeNeedsReason, statusAfterEdit } from '@/domain/scoring';
import { newId } from './commands';
import { db } from './db';
import { classifyStorageError, StorageFailure } from './storage-errors';

/**
 * Applies the answers planned from a spreadsheet (interchange/spreadsheet-import.ts) in one
 * transaction: every change or none. It re-checks what the plan assumed, because time passes
 * between reading the file and confirming: the assessment must still be open, and no answer may
 * have moved on since (its revision), or the whole import is refused as a conflict.
 */

export type PlannedAnswer = {
  readonly indicatorId: string;
  readonly baseRevision: number;
  readonly answer: string | null;
  readonly notApplicable: boolean;
  readonly notApplicableReason: string;
  readonly justification: string;
};

export type SpreadsheetImportRefusal = 'locked' | 'reason-required' | 'missing-assessment';

export class SpreadsheetImportRefused extends Error {
  constructor(readonly reason: SpreadsheetImportRefusal) {
    super(`spreadsheet import refused: ${reason}`);
    this.name = 'SpreadsheetImportRefused';
  }
}

const FIELDS = ['answer', 'notApplicable', 'notApplicableReason', 'justification'] as const;

/** Which of the planned answers would change an agreed or validated response (and so need a reason). */
export async function answersNeedingReason(assessmentId: string, planned: readonly PlannedAnswer[]): Promise<number> {
  const stored = await db.responses.bulkGet(planned.map((p) => responseId(assessmentId, p.indicatorId)));
  return stored.filter((response) => response && changeNeedsReason(response.status)).length;
}

export async function applySpreadsheetAnswers(
  assessmentId: string,
  planned: readonly PlannedAnswer[],
  { memberId, reason }: { memberId: string | null; reason: string },
): Promise<number> {
  try {
    return await db.transaction('rw', [db.assessments, db.responses, db.history], async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) throw new SpreadsheetImportRefused('missing-assessment');
      if (isAssessmentLocked(assessment)) throw new SpreadsheetImportRefused('locked');
      const at = new Date().toISOString();
      const stored = await db.responses.bulkGet(planned.map((p) => responseId(assessmentId, p.indicatorId)));
      const next: Response[] = [];
      const history: HistoryEntry[] = [];
      planned.forEach((change, index) => {
        const current = stored[index] ?? emptyResponse(assessmentId, change.indicatorId, at);
        if (current.revision !== change.baseRevision) throw new StorageFailure('conflict');
        if (changeNeedsReason(current.status) && reason.trim() === '') throw new SpreadsheetImportRefused('reason-required');
        const updated: Response = {
          ...current,
          answer: change.answer,
          notApplicable: change.notApplicable,
          notApplicableReason: change.notApplicableReason,
          justification: change.justification,
          status: statusAfterEdit(current.status),
          revision: current.revision + 1,
          updatedAt: at,
          updatedBy: memberId,
        };
        next.push(updated);
        for (const field of FIELDS) {
          if (current[field] === updated[field]) continue;
          history.push({
            id: newId(),
            assessmentId,
            indicatorId: change.indicatorId,
            entity: 'response',
            entityId: updated.id,
            field,
            before: current[field],
            after: updated[field],
            reason: reason.trim(),
            memberId,
            at,
          });
        }
      });
      await db.responses.bulkPut(next);
      await db.history.bulkAdd(history);
      await db.assessments.put({ ...assessment, updatedAt: at });
      return next.length;
    });
  } catch (error) {
    if (error instanceof SpreadsheetImportRefused) throw error;
    throw classifyStorageError(error);
  }
}
