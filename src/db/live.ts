import { useLiveQuery } from './use-live-query';
import type { Assessment, Member, Response } from '@/domain/assessment';
import { db } from './db';

/**
 * Live reads for screens. Each hook re-renders when a write (in this tab or another) touches what
 * it read. `undefined` means still loading; callers must handle it.
 */

export function useAssessments(): Assessment[] | undefined {
  return useLiveQuery(() => db.assessments.orderBy('updatedAt').reverse().toArray(), []);
}

/** `null` when the assessment does not exist (deleted, or a stale link). */
export function useAssessment(id: string): Assessment | null | undefined {
  return useLiveQuery(async () => (await db.assessments.get(id)) ?? null, [id]);
}

export function useResponses(assessmentId: string): Response[] | undefined {
  return useLiveQuery(() => db.responses.where('assessmentId').equals(assessmentId).toArray(), [assessmentId]);
}

export function useMembers(assessmentId: string): Member[] | undefined {
  return useLiveQuery(() => db.members.where('assessmentId').equals(assessmentId).toArray(), [assessmentId]);
}
