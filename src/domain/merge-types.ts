import type { FieldChange } from './history';
import type { Assessment, Comment, HistoryEntry, Member, Response, Source } from './assessment';

export type { AssessmentBundle } from './assessment-bundle';

export type RecordEntity = 'assessment' | 'source' | 'comment' | 'member';

/** One place where both sides changed the same thing differently since their common base. */
export type MergeConflict =
  | {
      readonly kind: 'field';
      /** Stable key for resolutions: `response:<indicatorId>:<field>`. */
      readonly key: string;
      readonly indicatorId: string;
      readonly field: string;
      readonly mine: unknown;
      readonly theirs: unknown;
    }
  | {
      readonly kind: 'record';
      /** `<entity>:<id>` */
      readonly key: string;
      readonly entity: RecordEntity;
      readonly indicatorId: string | null;
      readonly mine: Record<string, unknown>;
      readonly theirs: Record<string, unknown>;
    };

/** How the person resolved a conflict; `edit` only for fields, with the value they typed. */
export type Resolution = { readonly choice: 'mine' } | { readonly choice: 'theirs' } | { readonly choice: 'edit'; readonly value: unknown };

/** A field change (domain/history.ts) on one indicator's answer, as a merge applies it. */
export type IndicatorFieldChange = FieldChange & { readonly indicatorId: string };

export type MergeSummary = {
  readonly fieldsTaken: number;
  readonly indicatorsChanged: number;
  readonly recordsAdded: number;
  readonly recordsUpdated: number;
  readonly recordsDeleted: number;
  readonly historyAdded: number;
  readonly conflicts: number;
};

/** What the store must write to turn "mine" into the merged assessment. */
export type MergeDelta = {
  readonly assessment: Assessment | null;
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly comments: readonly Comment[];
  readonly members: readonly Member[];
  readonly deleted: { readonly sources: readonly string[]; readonly comments: readonly string[]; readonly members: readonly string[] };
  /** Their history entries this side has not seen (without store sequence numbers). */
  readonly history: readonly HistoryEntry[];
};

export type MergeResult = {
  readonly delta: MergeDelta;
  /** False when the package brings nothing new: importing it again changes nothing. */
  readonly changed: boolean;
  readonly conflicts: readonly MergeConflict[];
  /** Conflicts without a resolution; the merge cannot be applied until this is empty. */
  readonly unresolved: readonly MergeConflict[];
  readonly fieldChanges: readonly IndicatorFieldChange[];
  readonly summary: MergeSummary;
};
