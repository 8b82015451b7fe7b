import type { Assessment, Response, Source } from '@/domain/assessment';
import type { ProfileDraft } from '@/domain/profile-draft';
import { normalizeProfileDraft } from '@/domain/profile-draft';
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { db } from './db';

/**
 * Live reads for the country profile. One query reads everything the profile is computed from, so
 * a change anywhere (an answer, a source, the draft, in this tab or another) re-renders it with a
 * consistent snapshot rather than a mix of old and new.
 */

export type ProfileInputs = {
  readonly assessment: Assessment;
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly draft: ProfileDraft | null;
  /** The round this one names as previous, when it is stored on this device. */
  readonly previous: { readonly assessment: Assessment; readonly responses: readonly Response[] } | null;
  /** Set when the assessment names a previous round that is not stored here. */
  readonly previousMissing: boolean;
};

/** undefined while loading; null when the assessment does not exist. */
export function useProfileInputs(assessmentId: string): ProfileInputs | null | undefined {
  // Its own subscription rather than use-live-query.ts: sharing that start-screen module with this
  // lazy chunk would split it into a chunk of its own and cost start-bundle bytes (PERFORMANCE.md).
  const [state, setState] = useState<{ id: string; value: ProfileInputs | null; error: unknown } | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => readProfileInputs(assessmentId)).subscribe({
      next: (value) => setState({ id: assessmentId, value, error: undefined }),
      error: (error: unknown) => setState({ id: assessmentId, value: null, error }),
    });
    return () => subscription.unsubscribe();
  }, [assessmentId]);
  if (state?.error !== undefined && state.id === assessmentId) throw state.error;
  return state && state.id === assessmentId ? state.value : undefined;
}

function readProfileInputs(assessmentId: string): Promise<ProfileInputs | null> {
  return db.transaction('r', [db.assessments, db.responses, db.sources, db.profiles], async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) return null;
    const previousId = assessment.previousAssessmentId;
    const [responses, sources, draft, previousAssessment, previousResponses] = await Promise.all([
      db.responses.where('assessmentId').equals(assessmentId).toArray(),
      db.sources.where('assessmentId').equals(assessmentId).toArray(),
      db.profiles.get(assessmentId),
      previousId ? db.assessments.get(previousId) : Promise.resolve(undefined),
      previousId ? db.responses.where('assessmentId').equals(previousId).toArray() : Promise.resolve([]),
    ]);
    return {
      assessment,
      responses,
      sources,
      // A draft restored from an older file may still have version-1 texts.
      draft: draft ? normalizeProfileDraft(draft) : null,
      previous: previousAssessment ? { assessment: previousAssessment, responses: previousResponses } : null,
      previousMissing: previousId !== null && !previousAssessment,
    };
  });
}
