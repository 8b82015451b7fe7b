import type { Catalogue } from './catalogue';
import { findOption } from './catalogue';
import type { Response } from './assessment';
import type { Sdg1072Method, SdgCategory } from './reference-data';

/**
 * An indicative SDG 10.7.2 reading of an MGI assessment. The official figure comes from the UN
 * Inquiry, not from MGI, so this is always labelled indicative. Each sub-category takes the mean
 * SDG value of the scored MGI indicators mapped to it; a domain value exists only when all five
 * of its sub-categories have one, because a partial domain would overstate or understate it.
 */

// Averages such as 7/30 are not exact in binary floating point; compare thresholds with slack.
const TOLERANCE = 1e-9;

export type SubcategoryReading = {
  readonly id: string;
  readonly value: number | null;
  readonly indicatorIds: readonly string[];
};

export type SdgDomainReading = {
  readonly number: number;
  readonly code: string;
  readonly subcategories: readonly SubcategoryReading[];
  /** 0..100, or null while a sub-category has no scored indicator. */
  readonly percent: number | null;
  readonly category: SdgCategory | null;
};

export function categorize(percent: number, categories: readonly SdgCategory[]): SdgCategory {
  let match = categories[0];
  for (const category of categories) {
    if (percent + TOLERANCE >= category.minInclusive) match = category;
  }
  if (!match) throw new Error('SDG 10.7.2 method has no categories');
  return match;
}

export function readSdg1072(
  method: Sdg1072Method,
  catalogue: Catalogue,
  responses: ReadonlyMap<string, Response>,
): SdgDomainReading[] {
  return method.domains.map((domain) => {
    const subcategories = domain.subcategories.map((subcategory): SubcategoryReading => {
      const mapped = catalogue.indicators.filter((indicator) => indicator.sdg1072.includes(subcategory.id));
      const values: number[] = [];
      for (const indicator of mapped) {
        const response = responses.get(indicator.id);
        if (!response || response.notApplicable) continue;
        const option = findOption(indicator, response.answer);
        if (option) values.push(option.sdgValue);
      }
      const value = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
      return { id: subcategory.id, value, indicatorIds: mapped.map((indicator) => indicator.id) };
    });
    const known = subcategories.map((s) => s.value).filter((v): v is number => v !== null);
    const complete = known.length === subcategories.length && known.length > 0;
    const percent = complete ? (known.reduce((sum, v) => sum + v, 0) / known.length) * 100 : null;
    return {
      number: domain.number,
      code: domain.code,
      subcategories,
      percent,
      category: percent === null ? null : categorize(percent, method.categories),
    };
  });
}
