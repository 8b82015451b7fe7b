import type { Catalogue } from './catalogue';
import type { Comparability } from './catalogue-migration';
import { linkIndicators } from './catalogue-migration';
import type { Response } from './assessment';
import type { AnswerState } from './scoring';
import { answerState } from './scoring';

/**
 * What changed between a previous round and this one, indicator by indicator. When the catalogue
 * version changed, the migration map says which earlier indicators an indicator descends from and
 * how comparable they are; merged or newly added indicators are flagged, never silently compared.
 */

export type ChangeDirection = 'improved' | 'declined' | 'unchanged' | 'not-comparable';

export type IndicatorChange = {
  readonly indicatorId: string;
  readonly domainId: string;
  readonly previousIndicatorIds: readonly string[];
  readonly previousState: AnswerState | null;
  readonly currentState: AnswerState;
  /** 'added' when the indicator has no ancestor in the previous catalogue. */
  readonly comparability: Comparability | 'added';
  readonly direction: ChangeDirection;
};

export type DomainChange = {
  readonly domainId: string;
  readonly improved: number;
  readonly declined: number;
  readonly unchanged: number;
  readonly notComparable: number;
};

export type RoundComparison = {
  readonly catalogueChanged: boolean;
  readonly changes: readonly IndicatorChange[];
  readonly domains: readonly DomainChange[];
};

export type RoundInput = { readonly catalogue: Catalogue; readonly responses: ReadonlyMap<string, Response> };

const RANK: Partial<Record<AnswerState, number>> = { gap: 0, partial: 1, developed: 2 };

/**
 * Comparisons the migration map allows without caveat beyond a flag on the line. A split part asks
 * only part of the old question, a merged one more than any old one, and a rescaled one answers on
 * a different scale, so none of them can be said to have improved or declined.
 */
const COMPARABLE: ReadonlySet<Comparability> = new Set(['same', 'renamed', 'reworded']);

function direction(previous: AnswerState | null, current: AnswerState, comparability: Comparability | 'added'): ChangeDirection {
  if (comparability === 'added' || !COMPARABLE.has(comparability) || previous === null) return 'not-comparable';
  const before = RANK[previous];
  const after = RANK[current];
  if (before === undefined || after === undefined) return 'not-comparable';
  if (after > before) return 'improved';
  if (after < before) return 'declined';
  return 'unchanged';
}

export function compareRounds(previous: RoundInput, current: RoundInput, catalogueVersions: readonly Catalogue[]): RoundComparison {
  const links = linkIndicators(previous.catalogue, current.catalogue, catalogueVersions);
  const ancestors = new Map<string, { ids: string[]; comparability: Comparability }>();
  for (const link of links) {
    for (const id of link.toIds) {
      const entry = ancestors.get(id) ?? { ids: [], comparability: link.comparability };
      entry.ids.push(link.fromId);
      // Two ancestors means a merge, whatever each link says on its own.
      if (entry.ids.length > 1) entry.comparability = 'merged';
      ancestors.set(id, entry);
    }
  }
  const previousById = new Map(previous.catalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const changes: IndicatorChange[] = current.catalogue.indicators.map((indicator) => {
    const ancestry = ancestors.get(indicator.id);
    const currentState = answerState(indicator, current.responses.get(indicator.id));
    const previousIndicator = ancestry?.ids.length === 1 ? previousById.get(ancestry.ids[0] ?? '') : undefined;
    const previousState = previousIndicator ? answerState(previousIndicator, previous.responses.get(previousIndicator.id)) : null;
    const comparability = ancestry ? ancestry.comparability : 'added';
    return {
      indicatorId: indicator.id,
      domainId: indicator.domainId,
      previousIndicatorIds: ancestry?.ids ?? [],
      previousState,
      currentState,
      comparability,
      direction: direction(previousState, currentState, comparability),
    };
  });
  const domains = current.catalogue.domains.map((domain) => {
    const inDomain = changes.filter((change) => change.domainId === domain.id);
    const count = (d: ChangeDirection) => inDomain.filter((change) => change.direction === d).length;
    return {
      domainId: domain.id,
      improved: count('improved'),
      declined: count('declined'),
      unchanged: count('unchanged'),
      notComparable: count('not-comparable'),
    };
  });
  return {
    catalogueChanged:
      previous.catalogue.version !== current.catalogue.version || previous.catalogue.frameworkId !== current.catalogue.frameworkId,
    changes,
    domains,
  };
}
