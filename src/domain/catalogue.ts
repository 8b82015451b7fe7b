import type { LocalizedText } from './localized-text';

/**
 * The indicator catalogue as the rest of the app sees it, after the loader has validated a
 * versioned file from indicators/ and migrated its shape. Types only: the file format lives in
 * catalog/ so that a new file shape never ripples through the app.
 */

export type AssessmentLevel = 'national' | 'local';

/** How an answer reads in the profile: a well-developed area, a partly developed one, or a gap. */
export type AnswerLevel = 'developed' | 'partial' | 'gap';
export const ANSWER_LEVELS: readonly AnswerLevel[] = ['developed', 'partial', 'gap'];

export type AnswerOption = {
  readonly value: string;
  readonly level: AnswerLevel;
  /** The value SDG 10.7.2 coding gives this answer (1, 0.5 or 0). */
  readonly sdgValue: number;
  readonly label: LocalizedText;
  readonly meaning: LocalizedText;
};

export type AnswerScale = {
  readonly id: string;
  readonly options: readonly AnswerOption[];
};

/** Whether a heading or mapping is confirmed by IOM sources or our own editable inference. */
export type Basis = 'confirmed' | 'inferred';

export type Domain = {
  readonly id: string;
  readonly order: number;
  readonly sdgPolicyDomain: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
};

export type Subdomain = {
  readonly id: string;
  readonly domainId: string;
  readonly order: number;
  readonly basis: Basis;
  readonly title: LocalizedText;
};

export type Indicator = {
  readonly id: string;
  readonly subdomainId: string;
  readonly domainId: string;
  readonly order: number;
  readonly scale: AnswerScale;
  readonly question: LocalizedText;
  readonly guidance: LocalizedText;
  readonly gcmObjectives: readonly number[];
  readonly sdg1072: readonly string[];
  readonly basis: Basis;
  /** Why each GCM objective (key: its number) and SDG sub-category link holds; from catalogue 1.1.0 on. */
  readonly linkRationale?: { readonly gcm: Readonly<Record<string, string>>; readonly sdg: Readonly<Record<string, string>> } | undefined;
};

export type CatalogueChange =
  | { readonly kind: 'renamed'; readonly from: string; readonly to: string }
  | { readonly kind: 'reworded'; readonly id: string }
  /** Same question, new answer scale: the old answer cannot be carried over. */
  | { readonly kind: 'rescaled'; readonly id: string }
  | { readonly kind: 'split'; readonly from: string; readonly to: readonly string[] }
  | { readonly kind: 'merged'; readonly from: readonly string[]; readonly to: string }
  | { readonly kind: 'removed'; readonly id: string }
  | { readonly kind: 'added'; readonly id: string };

/** What changed between an earlier version of the same framework and this one. */
export type CatalogueMigration = {
  readonly fromVersion: string;
  readonly changes: readonly CatalogueChange[];
};

export type Catalogue = {
  readonly frameworkId: string;
  readonly version: string;
  readonly level: AssessmentLevel;
  readonly released: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly domains: readonly Domain[];
  readonly subdomains: readonly Subdomain[];
  /** In reading order: by domain, sub-domain, then indicator order. */
  readonly indicators: readonly Indicator[];
  readonly migrations: readonly CatalogueMigration[];
};

export function catalogueKey(frameworkId: string, version: string): string {
  return `${frameworkId}@${version}`;
}

export function findOption(indicator: Indicator, value: string | null | undefined): AnswerOption | undefined {
  if (value == null) return undefined;
  return indicator.scale.options.find((option) => option.value === value);
}

export function indicatorsOfDomain(catalogue: Catalogue, domainId: string): readonly Indicator[] {
  return catalogue.indicators.filter((indicator) => indicator.domainId === domainId);
}

export function indicatorsOfSubdomain(catalogue: Catalogue, subdomainId: string): readonly Indicator[] {
  return catalogue.indicators.filter((indicator) => indicator.subdomainId === subdomainId);
}
