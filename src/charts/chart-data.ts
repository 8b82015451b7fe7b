import type { Response } from '@/domain/assessment';
import type { Catalogue, Indicator } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { ProfileModel } from '@/domain/profile';
import type { ReferenceData } from '@/domain/reference-data';
import type { ChangeDirection } from '@/domain/round-comparison';
import type { SdgRange, SubcategoryReading } from '@/domain/sdg-10-7-2';
import type { AnswerState } from '@/domain/scoring';
import { answerState } from '@/domain/scoring';

/**
 * The pure data shaping behind every profile chart: framework-free, so the screen, the PDF and
 * unit tests use the same numbers. Every row keeps the indicator ids behind each bar, which is
 * how a click on a bar (or a cell of the table alternative) leads to the evidence.
 */

/** Stacking order of the answer levels, best first; not applicable and not scored last. */
export const LEVEL_SERIES: readonly AnswerState[] = ['developed', 'partial', 'gap', 'not-applicable', 'not-scored'];
export const CHANGE_SERIES: readonly ChangeDirection[] = ['improved', 'unchanged', 'declined', 'not-comparable'];

export type LevelRow = {
  readonly id: string;
  /** Short axis label, e.g. "D1" or "D1.2" or "12". */
  readonly label: string;
  /** Full name for tooltips and tables. */
  readonly name: string;
  readonly counts: Readonly<Record<AnswerState, number>>;
  readonly indicatorIds: Readonly<Record<AnswerState, readonly string[]>>;
  readonly total: number;
  /** Share answered or marked not applicable, 0..1. */
  readonly completeness: number;
};

function emptyIds(): Record<AnswerState, string[]> {
  return { developed: [], partial: [], gap: [], 'not-applicable': [], 'not-scored': [] };
}

function levelRow(
  id: string,
  label: string,
  name: string,
  indicators: readonly Indicator[],
  responses: ReadonlyMap<string, Response>,
): LevelRow {
  const ids = emptyIds();
  for (const indicator of indicators) ids[answerState(indicator, responses.get(indicator.id))].push(indicator.id);
  const counts = Object.fromEntries(LEVEL_SERIES.map((state) => [state, ids[state].length])) as Record<AnswerState, number>;
  const total = indicators.length;
  return { id, label, name, counts, indicatorIds: ids, total, completeness: total === 0 ? 0 : (total - counts['not-scored']) / total };
}

/** One row per domain: how many indicators sit at each answer level. */
export function domainLevelRows(catalogue: Catalogue, responses: ReadonlyMap<string, Response>, locale: Locale): LevelRow[] {
  return catalogue.domains.map((domain) =>
    levelRow(
      domain.id,
      domain.id,
      localize(domain.title, locale),
      catalogue.indicators.filter((i) => i.domainId === domain.id),
      responses,
    ),
  );
}

/** One row per sub-domain of a domain (or of every domain when domainId is null). */
export function subdomainLevelRows(
  catalogue: Catalogue,
  responses: ReadonlyMap<string, Response>,
  domainId: string | null,
  locale: Locale,
): LevelRow[] {
  return catalogue.subdomains
    .filter((subdomain) => domainId === null || subdomain.domainId === domainId)
    .map((subdomain) =>
      levelRow(
        subdomain.id,
        subdomain.id,
        localize(subdomain.title, locale),
        catalogue.indicators.filter((i) => i.subdomainId === subdomain.id),
        responses,
      ),
    );
}

export type RadarRow = {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  /** Percent of the scored, applicable indicators that are well developed. */
  readonly developedPercent: number;
  /** Percent that are well or partly developed. */
  readonly developedOrPartialPercent: number;
  /** Scored, applicable indicators the percentages rest on; 0 means the domain has no reading yet. */
  readonly basis: number;
};

/**
 * The shape of the six domains: shares, not a score. Each share is of the indicators that were
 * scored and apply, so an unfinished domain is not drawn as a weak one.
 */
export function domainRadarRows(rows: readonly LevelRow[]): RadarRow[] {
  return rows.map((row) => {
    const basis = row.counts.developed + row.counts.partial + row.counts.gap;
    const percent = (value: number) => (basis === 0 ? 0 : Math.round((value / basis) * 1000) / 10);
    return {
      id: row.id,
      label: row.label,
      name: row.name,
      developedPercent: percent(row.counts.developed),
      developedOrPartialPercent: percent(row.counts.developed + row.counts.partial),
      basis,
    };
  });
}

/** GCM objectives the assessment touches, as level rows (objectives no indicator links to are left out). */
export function gcmLevelRows(model: ProfileModel, reference: ReferenceData | null, locale: Locale): LevelRow[] {
  return model.gcm
    .filter((objective) => objective.total > 0)
    .map((objective) => {
      const title = reference?.gcmObjectives.find((o) => o.number === objective.objective)?.title;
      const ids = Object.fromEntries(LEVEL_SERIES.map((state) => [state, [...objective.indicators[state]]])) as Record<
        AnswerState,
        string[]
      >;
      const counts = Object.fromEntries(LEVEL_SERIES.map((state) => [state, ids[state].length])) as Record<AnswerState, number>;
      return {
        id: `gcm-${objective.objective}`,
        label: String(objective.objective),
        name: title ? localize(title, locale) : String(objective.objective),
        counts,
        indicatorIds: ids,
        total: objective.total,
        completeness: objective.total === 0 ? 0 : (objective.total - counts['not-scored']) / objective.total,
      };
    });
}

export type SdgRow = {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  /** 0..100 each end rounded to one decimal ("Partially" counted as No, then as Yes), or null while a sub-category has no value. */
  readonly percent: SdgRange | null;
  /** Only where both ends of the range fall in the same UN category. */
  readonly category: number | null;
  readonly categoryLabel: string | null;
  readonly indicatorIds: readonly string[];
  /** Mapped indicators still to answer before the domain can have a value. */
  readonly unansweredIds: readonly string[];
};

export type SdgThreshold = { readonly value: number; readonly category: number; readonly label: string };

export type SdgOverallRow = { readonly percent: SdgRange; readonly category: number | null; readonly categoryLabel: string | null };

/** A sub-category's reading (domain/sdg-10-7-2.ts) with its title in the chart's language. */
export type SdgSubcategoryRow = SubcategoryReading & { readonly title: string };

export type SdgChartData = {
  readonly rows: readonly SdgRow[];
  readonly thresholds: readonly SdgThreshold[];
  /** The mean of the 30 sub-categories, once all have a value. */
  readonly overall: SdgOverallRow | null;
  readonly subcategories: readonly SdgSubcategoryRow[];
  /** Sub-categories without a value yet (missing or not applicable). */
  readonly openSubcategories: number;
};

const roundRange = (range: SdgRange): SdgRange => ({ low: Math.round(range.low * 10) / 10, high: Math.round(range.high * 10) / 10 });

/** The indicative SDG 10.7.2 reading per domain with the UN category thresholds (40, 80, 100); null for a local assessment. */
export function sdgChartData(model: ProfileModel, reference: ReferenceData | null, locale: Locale): SdgChartData | null {
  if (!model.sdg || model.sdg.kind !== 'national' || !reference) return null;
  const method = reference.sdg1072;
  const rows = model.sdg.domains.map((reading) => {
    const domain = method.domains.find((d) => d.number === reading.number);
    return {
      id: reading.code,
      label: String(reading.number),
      name: domain ? localize(domain.title, locale) : reading.code,
      percent: reading.percent === null ? null : roundRange(reading.percent),
      category: reading.category?.category ?? null,
      categoryLabel: reading.category ? localize(reading.category.label, locale) : null,
      indicatorIds: [...new Set(reading.subcategories.flatMap((s) => s.indicatorIds))],
      unansweredIds: [...new Set(reading.subcategories.flatMap((s) => s.unansweredIds))],
    };
  });
  const thresholds = method.categories
    .filter((category) => category.minInclusive > 0)
    .map((category) => ({ value: category.minInclusive, category: category.category, label: localize(category.label, locale) }));
  const overall = model.sdg.overall;
  const titles = new Map(method.domains.flatMap((d) => d.subcategories).map((sub) => [sub.id, localize(sub.title, locale)] as const));
  const subcategories = model.sdg.domains.flatMap((domain) =>
    domain.subcategories.map((sub): SdgSubcategoryRow => ({ ...sub, title: titles.get(sub.id) ?? sub.id })),
  );
  return {
    rows,
    thresholds,
    subcategories,
    openSubcategories: subcategories.filter((sub) => sub.state !== 'value').length,
    overall: overall
      ? {
          percent: roundRange(overall.percent),
          category: overall.category?.category ?? null,
          categoryLabel: overall.category ? localize(overall.category.label, locale) : null,
        }
      : null,
  };
}

export type ChangeRow = {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly counts: Readonly<Record<ChangeDirection, number>>;
  readonly indicatorIds: Readonly<Record<ChangeDirection, readonly string[]>>;
};

/** Per domain, how many indicators improved, stayed, declined or cannot be compared since the previous round. */
export function changeRows(model: ProfileModel, catalogue: Catalogue, locale: Locale): ChangeRow[] | null {
  const comparison = model.comparison;
  if (!comparison) return null;
  return catalogue.domains.map((domain) => {
    const ids: Record<ChangeDirection, string[]> = { improved: [], unchanged: [], declined: [], 'not-comparable': [] };
    for (const change of comparison.changes) {
      if (change.domainId === domain.id) ids[change.direction].push(change.indicatorId);
    }
    const counts = Object.fromEntries(CHANGE_SERIES.map((d) => [d, ids[d].length])) as Record<ChangeDirection, number>;
    return { id: domain.id, label: domain.id, name: localize(domain.title, locale), counts, indicatorIds: ids };
  });
}

/** Every dataset the profile draws, in one call: what the screen and the PDF both render. */
export type ProfileChartData = {
  readonly domains: readonly LevelRow[];
  readonly radar: readonly RadarRow[];
  readonly gcm: readonly LevelRow[];
  readonly sdg: SdgChartData | null;
  readonly changes: readonly ChangeRow[] | null;
  /** The GCM objective titles in this language are an unofficial translation, and must say so. */
  readonly gcmTitlesUnofficial: boolean;
};

export function profileChartData(
  model: ProfileModel,
  catalogue: Catalogue,
  responses: ReadonlyMap<string, Response>,
  reference: ReferenceData | null,
  locale: Locale,
): ProfileChartData {
  const domains = domainLevelRows(catalogue, responses, locale);
  return {
    domains,
    radar: domainRadarRows(domains),
    gcm: gcmLevelRows(model, reference, locale),
    sdg: sdgChartData(model, reference, locale),
    changes: changeRows(model, catalogue, locale),
    gcmTitlesUnofficial: locale === 'ar' && reference?.gcmArabicTitlesOfficial !== true,
  };
}
