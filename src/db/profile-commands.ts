import type { HistoryEntry } from '@/domain/assessment';
import type { DraftProblem, ProfileDraft } from '@/domain/profile-draft';
import { BLOCKING_DRAFT_PROBLEMS, profileDraftProblems } from '@/domain/profile-draft';
import { newId } from './commands';
import { db } from './db';
import { classifyStorageError, StorageFailure } from './storage-errors';

/**
 * Writes of the researcher's profile draft. One transaction per save: the draft, the assessment's
 * last-change time and a history entry naming the sections that changed go together or not at all.
 */

export type ProfileCommandErrorCode = 'missing-assessment' | 'published' | 'invalid';

export class ProfileCommandError extends Error {
  constructor(
    readonly code: ProfileCommandErrorCode,
    readonly problems: readonly DraftProblem[] = [],
  ) {
    super(`profile draft not saved: ${code}`);
    this.name = 'ProfileCommandError';
  }
}

type DraftSection = Exclude<keyof ProfileDraft, 'assessmentId' | 'updatedAt' | 'updatedBy'>;
const SECTIONS: readonly DraftSection[] = ['introduction', 'methodology', 'domainNarratives', 'priorities', 'keyData', 'editing'];

function changedSections(before: ProfileDraft | undefined, after: ProfileDraft): DraftSection[] {
  return SECTIONS.filter((section) => JSON.stringify(before?.[section] ?? null) !== JSON.stringify(after[section]));
}

export type SaveDraftOptions = {
  /** The updatedAt of the stored draft this edit started from (null: there was none). A newer one is a conflict. */
  readonly expectedUpdatedAt: string | null;
  readonly memberId: string | null;
  /** Injected by tests; defaults to now. */
  readonly at?: string;
};

/**
 * Stores the draft. Refuses, changing nothing: a missing assessment, a published one (its profile
 * is the published record; drafting continues on a new round), a draft with blocking problems,
 * and an edit based on an older draft than the one stored (another tab saved in between).
 * Returns the stored draft; when nothing changed, stores nothing and returns the stored one.
 */
export async function saveProfileDraft(draft: ProfileDraft, options: SaveDraftOptions): Promise<ProfileDraft> {
  const blocking = profileDraftProblems(draft).filter((problem) => BLOCKING_DRAFT_PROBLEMS.has(problem.code));
  if (blocking.length > 0) throw new ProfileCommandError('invalid', blocking);
  const at = options.at ?? new Date().toISOString();
  try {
    return await db.transaction('rw', [db.assessments, db.profiles, db.history], async () => {
      const assessment = await db.assessments.get(draft.assessmentId);
      if (!assessment) throw new ProfileCommandError('missing-assessment');
      if (assessment.phase === 'published') throw new ProfileCommandError('published');
      const stored = await db.profiles.get(draft.assessmentId);
      if ((stored?.updatedAt ?? null) !== options.expectedUpdatedAt) throw new StorageFailure('conflict');
      const sections = changedSections(stored, draft);
      if (stored && sections.length === 0) return stored;
      const next: ProfileDraft = { ...draft, updatedAt: at, updatedBy: options.memberId };
      await db.profiles.put(next);
      await db.assessments.update(assessment.id, { updatedAt: at });
      const entry: HistoryEntry = {
        id: newId(),
        assessmentId: assessment.id,
        indicatorId: null,
        entity: 'assessment',
        entityId: assessment.id,
        field: `profile:${sections.join(',')}`,
        before: stored ? Object.fromEntries(sections.map((s) => [s, stored[s]])) : null,
        after: Object.fromEntries(sections.map((s) => [s, next[s]])),
        reason: '',
        memberId: options.memberId,
        at,
      };
      await db.history.add(entry);
      return next;
    });
  } catch (error) {
    // The command's own refusals pass through; store failures are classified for the user.
    if (error instanceof ProfileCommandError) throw error;
    throw classifyStorageError(error);
  }
}
