import type { Assessment, Comment, HistoryEntry, Member, Response, Source } from './assessment';
import type { ProfileDraft } from './profile-draft';

/**
 * Everything stored about one assessment: the unit of demo loading, export, backup, member
 * packages, reports and delete. Defined in the domain so every layer shares one shape.
 */
export type AssessmentBundle = {
  readonly assessment: Assessment;
  readonly members: readonly Member[];
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly comments: readonly Comment[];
  readonly history: readonly HistoryEntry[];
  /** The researcher's profile draft, if one was started. */
  readonly profile?: ProfileDraft | null | undefined;
};
