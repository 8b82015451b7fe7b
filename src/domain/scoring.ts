import type { AnswerLevel, Catalogue, Indicator } from './catalogue';
import { ANSWER_LEVELS, findOption } from './catalogue';
import type { Response, ResponseStatus } from './assessment';

/**
 * Scoring rules shared by the workspace, the profile and every export: what state an answer is
 * in, which status moves are allowed, and how answers add up per domain. MGI publishes no single
 * score, so summaries are counts, never a weighted index.
 */

export type AnswerState = AnswerLevel | 'not-scored' | 'not-applicable';
export const ANSWER_STATES: readonly AnswerState[] = [...ANSWER_LEVELS, 'not-applicable', 'not-scored'];

export function answerState(indicator: Indicator, response: Response | undefined): AnswerState {
  if (!response) return 'not-scored';
  if (response.notApplicable) return 'not-applicable';
  const option = findOption(indicator, response.answer);
  return option ? option.level : 'not-scored';
}

const STATUS_MOVES: Readonly<Record<ResponseStatus, readonly ResponseStatus[]>> = {
  'not-started': ['draft'],
  draft: ['not-started', 'in-review', 'agreed'],
  'in-review': ['draft', 'agreed'],
  agreed: ['in-review', 'validated'],
  validated: ['agreed'],
};

export function allowedStatusMoves(from: ResponseStatus): readonly ResponseStatus[] {
  return STATUS_MOVES[from];
}

export function canMoveStatus(from: ResponseStatus, to: ResponseStatus): boolean {
  return from === to || STATUS_MOVES[from].includes(to);
}

/** Once the group has agreed on an indicator, every further change must say why. */
export function changeNeedsReason(status: ResponseStatus): boolean {
  return status === 'agreed' || status === 'validated';
}

/** The status a response takes when someone edits content on an untouched indicator. */
export function statusAfterEdit(status: ResponseStatus): ResponseStatus {
  return status === 'not-started' ? 'draft' : status;
}

export type StateCounts = Readonly<Record<AnswerState, number>> & {
  readonly total: number;
  /** Share of indicators that are answered or marked not applicable, 0..1. */
  readonly completeness: number;
};

export function countStates(indicators: readonly Indicator[], responses: ReadonlyMap<string, Response>): StateCounts {
  const counts: Record<AnswerState, number> = {
    developed: 0,
    partial: 0,
    gap: 0,
    'not-applicable': 0,
    'not-scored': 0,
  };
  for (const indicator of indicators) {
    counts[answerState(indicator, responses.get(indicator.id))] += 1;
  }
  const total = indicators.length;
  const done = total - counts['not-scored'];
  return { ...counts, total, completeness: total === 0 ? 0 : done / total };
}

export type GroupSummary = { readonly id: string; readonly counts: StateCounts };

export type AssessmentSummary = {
  readonly overall: StateCounts;
  readonly domains: readonly GroupSummary[];
  readonly subdomains: readonly GroupSummary[];
};

/** Responses keyed by indicator id; the shape every summary function takes. */
export function responsesByIndicator(responses: Iterable<Response>): Map<string, Response> {
  const byIndicator = new Map<string, Response>();
  for (const response of responses) byIndicator.set(response.indicatorId, response);
  return byIndicator;
}

export function summarizeAssessment(catalogue: Catalogue, responses: ReadonlyMap<string, Response>): AssessmentSummary {
  const group = (key: 'domainId' | 'subdomainId', ids: readonly string[]): GroupSummary[] =>
    ids.map((groupId) => ({
      id: groupId,
      counts: countStates(
        catalogue.indicators.filter((indicator) => indicator[key] === groupId),
        responses,
      ),
    }));
  return {
    overall: countStates(catalogue.indicators, responses),
    domains: group(
      'domainId',
      catalogue.domains.map((domain) => domain.id),
    ),
    subdomains: group(
      'subdomainId',
      catalogue.subdomains.map((subdomain) => subdomain.id),
    ),
  };
}
