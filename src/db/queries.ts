import type { Assessment } from '@/domain/assessment';
import type { AssessmentBundle } from './assessment-bundle';
import { db } from './db';
import { guardStorage } from './storage-errors';

/** One-off reads: snapshots for exports and tests. Screens use the live hooks in live.ts. */

export function listAssessments(): Promise<Assessment[]> {
  return guardStorage(() => db.assessments.orderBy('updatedAt').reverse().toArray());
}

export function getAssessment(id: string): Promise<Assessment | undefined> {
  return guardStorage(() => db.assessments.get(id));
}

export function getAssessmentBundle(id: string): Promise<AssessmentBundle | undefined> {
  return guardStorage(() =>
    db.transaction('r', [db.assessments, db.members, db.responses, db.sources, db.comments, db.history, db.profiles], async () => {
      const assessment = await db.assessments.get(id);
      if (!assessment) return undefined;
      const [members, responses, sources, comments, history, profile] = await Promise.all([
        db.members.where('assessmentId').equals(id).toArray(),
        db.responses.where('assessmentId').equals(id).toArray(),
        db.sources.where('assessmentId').equals(id).toArray(),
        db.comments.where('assessmentId').equals(id).toArray(),
        db.history.where('assessmentId').equals(id).sortBy('seq'),
        db.profiles.get(id),
      ]);
      return { assessment, members, responses, sources, comments, history, profile: profile ?? null };
    }),
  );
}
