import type { Response } from './assessment';
import type { Catalogue } from './catalogue';
import type { Comparability } from './catalogue-migration';
import { linkIndicators } from './catalogue-migration';

/**
 * What moving an assessment from one catalogue release to a later one does to each answer, worked
 * out from the migration map before anything is written, so the working group sees it first:
 * - answers to the same, renamed or reworded questions are carried over;
 * - split, merged or rescaled indicators and new ones need a new answer, and the earlier answer and
 *   justification are kept beside them as context (a part of a split question cannot inherit the
 *   whole question's answer, and an answer on the old scale means nothing on the new one);
 * - removed indicators leave the catalogue; their answers stay in the pre-move snapshot and history.
 */

export type PreviousAnswer = {
  readonly indicatorId: string;
  readonly answer: string | null;
  readonly notApplicable: boolean;
  readonly justification: string;
};

export type CarriedIndicator = {
  readonly fromId: string;
  readonly toId: string;
  readonly comparability: Extract<Comparability, 'same' | 'renamed' | 'reworded'>;
};

export type NeedsAnswerReason = 'split' | 'merged' | 'rescaled' | 'added';

export type NeedsAnswerIndicator = {
  readonly toId: string;
  readonly reason: NeedsAnswerReason;
  readonly fromIds: readonly string[];
  /** The earlier answers behind it that had any content, shown as context and kept in history. */
  readonly previous: readonly PreviousAnswer[];
};

export type RemovedIndicator = { readonly fromId: string; readonly previous: PreviousAnswer | null };

export type CatalogueMovePlan = {
  readonly frameworkId: string;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly carried: readonly CarriedIndicator[];
  readonly needsAnswer: readonly NeedsAnswerIndicator[];
  readonly removed: readonly RemovedIndicator[];
};

function previousOf(response: Response | undefined): PreviousAnswer | null {
  if (!response) return null;
  const hasContent = response.answer !== null || response.notApplicable || response.justification.trim() !== '';
  if (!hasContent) return null;
  return {
    indicatorId: response.indicatorId,
    answer: response.answer,
    notApplicable: response.notApplicable,
    justification: response.justification,
  };
}

export function planCatalogueMove(
  from: Catalogue,
  to: Catalogue,
  versions: readonly Catalogue[],
  responses: ReadonlyMap<string, Response>,
): CatalogueMovePlan {
  const links = linkIndicators(from, to, versions);
  const ancestors = new Map<string, { fromIds: string[]; comparability: Comparability }>();
  const removed: RemovedIndicator[] = [];
  for (const link of links) {
    if (link.toIds.length === 0) {
      removed.push({ fromId: link.fromId, previous: previousOf(responses.get(link.fromId)) });
      continue;
    }
    for (const toId of link.toIds) {
      const entry = ancestors.get(toId) ?? { fromIds: [], comparability: link.comparability };
      entry.fromIds.push(link.fromId);
      if (entry.fromIds.length > 1) entry.comparability = 'merged';
      ancestors.set(toId, entry);
    }
  }
  const carried: CarriedIndicator[] = [];
  const needsAnswer: NeedsAnswerIndicator[] = [];
  for (const indicator of to.indicators) {
    const ancestry = ancestors.get(indicator.id);
    if (!ancestry) {
      needsAnswer.push({ toId: indicator.id, reason: 'added', fromIds: [], previous: [] });
      continue;
    }
    const { comparability, fromIds } = ancestry;
    if ((comparability === 'same' || comparability === 'renamed' || comparability === 'reworded') && fromIds.length === 1) {
      carried.push({ fromId: fromIds[0] ?? indicator.id, toId: indicator.id, comparability });
      continue;
    }
    const reason: NeedsAnswerReason = comparability === 'split' || comparability === 'rescaled' ? comparability : 'merged';
    const previous = fromIds.map((id) => previousOf(responses.get(id))).filter((p): p is PreviousAnswer => p !== null);
    needsAnswer.push({ toId: indicator.id, reason, fromIds, previous });
  }
  return { frameworkId: to.frameworkId, fromVersion: from.version, toVersion: to.version, carried, needsAnswer, removed };
}

/** The history field that keeps an indicator's pre-move context (see PreviousAnswer). */
export const MOVE_CONTEXT_FIELD = 'catalogueMoveContext';

/** What a plan said about one indicator that needs a new answer, plus the versions it moved between. */
export type MoveContext = Pick<CatalogueMovePlan, 'fromVersion' | 'toVersion'> & Omit<NeedsAnswerIndicator, 'toId'>;

/** Reads a move context back from a history value written by the move (tolerant of foreign data). */
export function readMoveContext(value: unknown): MoveContext | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<MoveContext>;
  if (typeof v.fromVersion !== 'string' || typeof v.toVersion !== 'string' || !Array.isArray(v.previous) || !Array.isArray(v.fromIds))
    return null;
  const previous = v.previous.filter(
    (p): p is PreviousAnswer =>
      typeof p === 'object' && p !== null && typeof p.indicatorId === 'string' && typeof p.justification === 'string',
  );
  const reason = v.reason === 'split' || v.reason === 'merged' || v.reason === 'rescaled' || v.reason === 'added' ? v.reason : 'split';
  return {
    fromVersion: v.fromVersion,
    toVersion: v.toVersion,
    reason,
    fromIds: v.fromIds.filter((id): id is string => typeof id === 'string'),
    previous,
  };
}
