import { useLiveQuery } from './use-live-query';
import type { Assessment, Member, Response } from '@/domain/assessment';
import { db } from './db';

/**
 * Live reads for screens. Each hook re-renders when a write (in this tab or another) touches what
 * it read. `undefined` means still loading; callers must handle it.
 */

/**
 * Starts opening the database at start-up (main.tsx), before any screen asks for it: the open,
 * and on a first visit the creation of every table, then runs while the code and translations
 * load instead of after the first render. A failure is left to the first read to report, as
 * Dexie's own open-on-first-use would.
 */
export function openStoreEarly(): void {
  void db.open().catch(() => undefined);
}

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
