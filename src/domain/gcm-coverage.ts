import type { Catalogue } from './catalogue';
import type { Response } from './assessment';
import type { AnswerState } from './scoring';
import { answerState } from './scoring';

/**
 * Which GCM objectives the assessment's well-developed and weaker indicators touch. An indicator
 * linked to several objectives counts for each; the lists keep the indicator ids for tracing.
 */
export type GcmObjectiveCoverage = {
  readonly objective: number;
  readonly indicators: Readonly<Record<AnswerState, readonly string[]>>;
  readonly total: number;
};

export function gcmCoverage(catalogue: Catalogue, responses: ReadonlyMap<string, Response>, objectiveCount = 23): GcmObjectiveCoverage[] {
  return Array.from({ length: objectiveCount }, (_, index) => {
    const objective = index + 1;
    const indicators: Record<AnswerState, string[]> = {
      developed: [],
      partial: [],
      gap: [],
      'not-applicable': [],
      'not-scored': [],
    };
    for (const indicator of catalogue.indicators) {
      if (!indicator.gcmObjectives.includes(objective)) continue;
      indicators[answerState(indicator, responses.get(indicator.id))].push(indicator.id);
    }
    const total = Object.values(indicators).reduce((sum, list) => sum + list.length, 0);
    return { objective, indicators, total };
  });
}
