import type { HistoryEntry } from '@/domain/assessment';
import { db } from './db';
import { useLiveQuery } from './use-live-query';

/** The assessment-level history (creation, validation, locking, reopening), newest first. */
export function useAssessmentLevelHistory(assessmentId: string): HistoryEntry[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.history
      .where('assessmentId')
      .equals(assessmentId)
      .filter((row) => row.entity === 'assessment')
      .sortBy('seq');
    return rows.reverse();
  }, [assessmentId]);
}
