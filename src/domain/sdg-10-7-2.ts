import type { AnswerOption, Catalogue, Indicator } from './catalogue';
import { findOption } from './catalogue';
import type { Response } from './assessment';
import type { Sdg1072Method, SdgCategory } from './reference-data';

/**
 * An indicative SDG 10.7.2 reading of an MGI assessment, following the official UN metadata:
 * 30 sub-categories (6 policy domains × 5), each coded from one Yes/No question of the UN Inquiry.
 * Domain 1 is coded 1 (yes, regardless of immigration status), 0.5 (only for those with legal
 * status) or 0; domains 2–6 only 1 or 0. A domain value is the mean of its five sub-categories,
 * the overall value the mean of all thirty, both × 100.
 *
 * MGI answers stand in for the Inquiry's answers, which brings two choices the UN text does not
 * make for us, both disclosed on screen:
 * - MGI's "Partially" has no counterpart in domains 2–6, so it is read both ways (as 0 and as 1)
 *   and every value becomes a range; a category is given only where both ends agree.
 * - A sub-category mapped to several indicators is met only when every one of them is met (the UN
 *   question names all of its parts), so it takes the lowest of their values.
 * A sub-category stays missing until every mapped indicator is answered or marked not applicable,
 * so a half-answered sub-category can never produce a value.
 *
 * The official figure comes from the UN Inquiry, not from MGI, so this is always indicative.
 */

// Averages such as 7/30 are not exact in binary floating point; compare thresholds with slack.
const TOLERANCE = 1e-9;

/** The MGI answer that matches domain 1's official middle code, "yes, only for those with legal status". */
const LEGAL_STATUS_ONLY_ANSWER = 'regular-only';

/** A value read both ways: `low` counts every "Partially" as No, `high` as Yes. Equal when nothing is partial. */
export type SdgRange = { readonly low: number; readonly high: number };

export type SubcategoryState = 'value' | 'missing' | 'not-applicable';

export type SubcategoryReading = {
  readonly id: string;
  readonly state: SubcategoryState;
  /** 0..1 each end; null unless state is 'value'. */
  readonly value: SdgRange | null;
  readonly indicatorIds: readonly string[];
  /** Mapped indicators still without an answer (not scored); what keeps a 'missing' sub-category open. */
  readonly unansweredIds: readonly string[];
};

export type SdgDomainReading = {
  readonly number: number;
  readonly code: string;
  readonly subcategories: readonly SubcategoryReading[];
  /** 0..100 each end, or null while a sub-category has no value. */
  readonly percent: SdgRange | null;
  /** Only when both ends of the range fall in the same category. */
  readonly category: SdgCategory | null;
};

export type SdgOverallReading = { readonly percent: SdgRange; readonly category: SdgCategory | null };

export type SdgReading =
  /** 10.7.2 is a national indicator: a local assessment gets no reading at all. */
  | { readonly kind: 'local' }
  | {
      readonly kind: 'national';
      readonly domains: readonly SdgDomainReading[];
      /** The mean of all 30 sub-categories, only once every one of them has a value. */
      readonly overall: SdgOverallReading | null;
    };

export function categorize(percent: number, categories: readonly SdgCategory[]): SdgCategory {
  let match = categories[0];
  for (const category of categories) {
    if (percent + TOLERANCE >= category.minInclusive) match = category;
  }
  if (!match) throw new Error('SDG 10.7.2 method has no categories');
  return match;
}

/** The category of a range, or null when its two ends fall in different categories. */
export function categorizeRange(percent: SdgRange, categories: readonly SdgCategory[]): SdgCategory | null {
  const low = categorize(percent.low, categories);
  const high = categorize(percent.high, categories);
  return low.category === high.category ? low : null;
}

/** How one MGI answer is coded for the sub-categories of SDG domain `domainNumber`. */
export function codeAnswer(option: AnswerOption, domainNumber: number): SdgRange {
  if (option.level === 'developed') return { low: 1, high: 1 };
  if (option.level === 'gap') return { low: 0, high: 0 };
  if (domainNumber === 1 && option.value === LEGAL_STATUS_ONLY_ANSWER) return { low: 0.5, high: 0.5 };
  return { low: 0, high: 1 };
}

function readSubcategory(
  id: string,
  domainNumber: number,
  mapped: readonly Indicator[],
  responses: ReadonlyMap<string, Response>,
): SubcategoryReading {
  const values: SdgRange[] = [];
  const unansweredIds: string[] = [];
  for (const indicator of mapped) {
    const response = responses.get(indicator.id);
    if (response?.notApplicable) continue;
    const option = findOption(indicator, response?.answer);
    if (option) values.push(codeAnswer(option, domainNumber));
    else unansweredIds.push(indicator.id);
  }
  const indicatorIds = mapped.map((indicator) => indicator.id);
  if (mapped.length === 0 || unansweredIds.length > 0) return { id, state: 'missing', value: null, indicatorIds, unansweredIds };
  if (values.length === 0) return { id, state: 'not-applicable', value: null, indicatorIds, unansweredIds };
  const value = { low: Math.min(...values.map((v) => v.low)), high: Math.min(...values.map((v) => v.high)) };
  return { id, state: 'value', value, indicatorIds, unansweredIds };
}

/** Mean of ranges × 100, or null when any is missing. */
function meanPercent(values: readonly (SdgRange | null)[]): SdgRange | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  const known = values as readonly SdgRange[];
  const sum = (end: 'low' | 'high') => known.reduce((total, v) => total + v[end], 0);
  return { low: (sum('low') / known.length) * 100, high: (sum('high') / known.length) * 100 };
}

export function readSdg1072(method: Sdg1072Method, catalogue: Catalogue, responses: ReadonlyMap<string, Response>): SdgReading {
  if (catalogue.level === 'local') return { kind: 'local' };
  const domains = method.domains.map((domain): SdgDomainReading => {
    const subcategories = domain.subcategories.map((subcategory) =>
      readSubcategory(
        subcategory.id,
        domain.number,
        catalogue.indicators.filter((indicator) => indicator.sdg1072.includes(subcategory.id)),
        responses,
      ),
    );
    const percent = meanPercent(subcategories.map((s) => s.value));
    return {
      number: domain.number,
      code: domain.code,
      subcategories,
      percent,
      category: percent === null ? null : categorizeRange(percent, method.categories),
    };
  });
  const overallPercent = meanPercent(domains.flatMap((domain) => domain.subcategories.map((s) => s.value)));
  const overall =
    overallPercent === null ? null : { percent: overallPercent, category: categorizeRange(overallPercent, method.categories) };
  return { kind: 'national', domains, overall };
}
