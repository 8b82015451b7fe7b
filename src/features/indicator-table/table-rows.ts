import type { Comment, Member, Response, ResponseStatus, Source } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { AnswerState } from '@/domain/scoring';
import { answerState } from '@/domain/scoring';

/** One row of the indicator table: everything the columns, filters and search need, precomputed. */
export type IndicatorRow = {
  readonly indicator: Indicator;
  readonly id: string;
  readonly domainId: string;
  readonly subdomainId: string;
  readonly order: number;
  readonly question: string;
  readonly answerState: AnswerState;
  readonly answerLabel: string | null;
  /** 1-based position of the answer in the scale (the digit key that picks it); 0 when none. */
  readonly answerIndex: number;
  readonly status: ResponseStatus;
  readonly assigneeId: string | null;
  readonly assigneeName: string;
  readonly sourcesCount: number;
  readonly openComments: number;
  readonly updatedAt: string | null;
  /** Lower-cased text searched by the table's search box, in the active language. */
  readonly searchText: string;
};

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * The searched text an indicator brings by itself (id, question, guidance), lower-cased once per
 * language: the table rebuilds its rows on every stored change (each answer key), and lower-casing
 * 90 guidance texts each time was most of that rebuild.
 */
const staticSearchText = new WeakMap<Indicator, Partial<Record<Locale, string>>>();

function indicatorSearchText(indicator: Indicator, question: string, locale: Locale): string {
  const cached = staticSearchText.get(indicator) ?? {};
  const known = cached[locale];
  if (known !== undefined) return known;
  const text = [indicator.id, question, localize(indicator.guidance, locale)].join('\n').toLocaleLowerCase(locale);
  staticSearchText.set(indicator, { ...cached, [locale]: text });
  return text;
}

export function buildRows(
  catalogue: Catalogue,
  responses: readonly Response[],
  sources: readonly Source[],
  comments: readonly Comment[],
  members: readonly Member[],
  locale: Locale,
): IndicatorRow[] {
  const byIndicator = new Map(responses.map((response) => [response.indicatorId, response]));
  const sourceCounts = countBy(sources, (source) => source.indicatorId);
  const openCounts = countBy(comments, (comment) => (comment.resolved || comment.parentId !== null ? null : comment.indicatorId));
  const memberNames = new Map(members.map((member) => [member.id, member.name]));
  return catalogue.indicators.map((indicator, index) => {
    const response = byIndicator.get(indicator.id);
    const option = findOption(indicator, response?.notApplicable ? null : response?.answer);
    const question = localize(indicator.question, locale);
    const assigneeName = response?.assigneeId ? (memberNames.get(response.assigneeId) ?? '') : '';
    return {
      indicator,
      id: indicator.id,
      domainId: indicator.domainId,
      subdomainId: indicator.subdomainId,
      order: index,
      question,
      answerState: answerState(indicator, response),
      answerLabel: option ? localize(option.label, locale) : null,
      answerIndex: option ? indicator.scale.options.indexOf(option) + 1 : 0,
      status: response?.status ?? 'not-started',
      assigneeId: response?.assigneeId ?? null,
      assigneeName,
      sourcesCount: sourceCounts.get(indicator.id) ?? 0,
      openComments: openCounts.get(indicator.id) ?? 0,
      updatedAt: response && response.revision > 0 ? response.updatedAt : null,
      searchText: `${indicatorSearchText(indicator, question, locale)}\n${[response?.justification ?? '', assigneeName].join('\n').toLocaleLowerCase(locale)}`,
    };
  });
}

function sameRow(a: IndicatorRow, b: IndicatorRow): boolean {
  return (Object.keys(a) as (keyof IndicatorRow)[]).every((key) => a[key] === b[key]);
}

/**
 * The new rows, with each row whose every field is unchanged replaced by the previous object, so
 * memoised rows (indicator-table-row.tsx) skip re-rendering: after one answer, one row changes.
 * Returns `previous` itself when nothing changed at all.
 */
export function reuseUnchangedRows(previous: readonly IndicatorRow[] | null, next: IndicatorRow[]): IndicatorRow[] {
  if (!previous) return next;
  const before = new Map(previous.map((row) => [row.id, row]));
  let changed = previous.length !== next.length;
  const merged = next.map((row, index) => {
    const old = before.get(row.id);
    if (old && sameRow(old, row)) {
      if (previous[index] !== old) changed = true;
      return old;
    }
    changed = true;
    return row;
  });
  return changed ? merged : (previous as IndicatorRow[]);
}

export type TableFilters = {
  readonly query: string;
  readonly domain: string;
  readonly status: string;
  readonly answer: string;
  /** A member id, "none" for unassigned, or "" for everyone. */
  readonly assignee: string;
  readonly openComments: boolean;
  readonly noSources: boolean;
};

export const NO_FILTERS: TableFilters = {
  query: '',
  domain: '',
  status: '',
  answer: '',
  assignee: '',
  openComments: false,
  noSources: false,
};

export function filterRows(rows: readonly IndicatorRow[], filters: TableFilters, locale: Locale): IndicatorRow[] {
  const words = filters.query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filters.domain === '' || row.domainId === filters.domain) &&
      (filters.status === '' || row.status === filters.status) &&
      (filters.answer === '' || row.answerState === filters.answer) &&
      (filters.assignee === '' || (filters.assignee === 'none' ? row.assigneeId === null : row.assigneeId === filters.assignee)) &&
      (!filters.openComments || row.openComments > 0) &&
      (!filters.noSources || row.sourcesCount === 0) &&
      words.every((word) => row.searchText.includes(word)),
  );
}

export function activeFilterCount(filters: TableFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof TableFilters)[]).filter((key) => filters[key] !== NO_FILTERS[key]).length;
}
