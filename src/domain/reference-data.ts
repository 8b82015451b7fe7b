import type { LocalizedText } from './localized-text';

/** Reference lists the catalogue links to. They are data files in indicators/reference/. */

export type GcmObjective = { readonly number: number; readonly title: LocalizedText };

export type SdgSubcategory = { readonly id: string; readonly title: LocalizedText };

export type SdgDomain = {
  readonly number: number;
  readonly code: string;
  readonly title: LocalizedText;
  readonly question: LocalizedText;
  readonly subcategories: readonly SdgSubcategory[];
};

export type SdgCategory = { readonly category: number; readonly minInclusive: number; readonly label: LocalizedText };

export type Sdg1072Method = {
  readonly title: LocalizedText;
  readonly note: LocalizedText;
  readonly domains: readonly SdgDomain[];
  /** Ascending by minInclusive. */
  readonly categories: readonly SdgCategory[];
};

/** MiGOF (IOM's Migration Governance Framework): its principles and objectives, one per MGI domain. */
export type MigofElement = {
  readonly kind: 'principle' | 'objective';
  readonly number: number;
  readonly domainId: string;
  readonly title: LocalizedText;
};
export type MigofFramework = {
  readonly source: LocalizedText;
  readonly summary: LocalizedText;
  readonly elements: readonly MigofElement[];
};
/** A key term with its definition and how it reads to Iraqi officials (indicators/reference/glossary.json). */
export type GlossaryEntry = {
  readonly id: string;
  readonly term: LocalizedText;
  readonly definition: LocalizedText;
  readonly iraqiUsage: LocalizedText;
};

export type ReferenceData = {
  /** Absent in reference sets built before MiGOF was added, or when its file is broken (reported as a problem). */
  readonly migof?: MigofFramework | null | undefined;
  /** Empty when the glossary file is missing or broken (reported as a catalogue problem). */
  readonly glossary?: readonly GlossaryEntry[] | undefined;
  readonly gcmObjectives: readonly GcmObjective[];
  /** False until the Arabic objective titles are checked against the resolution's official Arabic text. */
  readonly gcmArabicTitlesOfficial?: boolean | undefined;
  readonly sdg1072: Sdg1072Method;
};
