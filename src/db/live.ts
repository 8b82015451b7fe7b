import { useEffect, useState } from 'react';
import { useLiveQuery } from './use-live-query';
import type { Assessment, Member, Response } from '@/domain/assessment';
import { db } from './db';
import { markStoreOpened, storeExistedAtStart, storeExistedAtStartIfKnown } from './store-at-start';

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
  // Asked first: once the open has begun, the database being created counts as existing.
  void storeExistedAtStart();
  void db.open().then(markStoreOpened, () => undefined);
}

const NO_ASSESSMENTS: Assessment[] = [];

/**
 * The assessments, newest change first. On a first visit (no database in this browser when the
 * page started) the list is known to be empty before the database is created, and drawn so.
 */
export function useAssessments(): Assessment[] | undefined {
  const stored = useLiveQuery(() => db.assessments.orderBy('updatedAt').reverse().toArray(), []);
  const firstVisit = useNoStoreAtStart();
  return stored ?? (firstVisit ? NO_ASSESSMENTS : undefined);
}

function useNoStoreAtStart(): boolean {
  const [absent, setAbsent] = useState(() => storeExistedAtStartIfKnown() === false);
  useEffect(() => {
    let current = true;
    void storeExistedAtStart().then((existed) => current && setAbsent(!existed));
    return () => {
      current = false;
    };
  }, []);
  return absent;
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
