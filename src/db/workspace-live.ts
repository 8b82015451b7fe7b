import type { Comment, HistoryEntry, Source } from '@/domain/assessment';
import { db } from './db';
import { useLiveQuery } from './use-live-query';

/** Live reads for the scoring workspace; they re-render when any tab writes what they read. */

export function useSources(assessmentId: string): Source[] | undefined {
  return useLiveQuery(() => db.sources.where('assessmentId').equals(assessmentId).toArray(), [assessmentId]);
}

export function useComments(assessmentId: string): Comment[] | undefined {
  return useLiveQuery(() => db.comments.where('assessmentId').equals(assessmentId).sortBy('createdAt'), [assessmentId]);
}

export function useIndicatorHistory(assessmentId: string, indicatorId: string): HistoryEntry[] | undefined {
  return useLiveQuery(
    () => db.history.where('[assessmentId+indicatorId]').equals([assessmentId, indicatorId]).reverse().sortBy('seq'),
    [assessmentId, indicatorId],
  );
}
