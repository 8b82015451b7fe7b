import type { Assessment, Response, Source } from './assessment';
import type { BilingualText, TranslationState } from './bilingual-text';
import { asBilingual, translationState } from './bilingual-text';
import type { Catalogue } from './catalogue';
import type { LocalizedText } from './localized-text';
import type { ProfileModel } from './profile';
import type { ProfileDraft } from './profile-draft';
import { justificationText } from './profile-findings';
import { reservationsText } from './validation';

/**
 * Which texts the working group wrote that a report prints, and which of them are not ready in
 * both languages. Feeds the translation view, the count on the export screen, the marks a
 * one-language report prints, and the refusal to publish while anything is untranslated.
 */

/** Our extras beyond what an IOM profile prints; each is a report option. */
export type ReportExtras = {
  /** The indicator-by-indicator table with answers and justifications. */
  readonly indicatorTable: boolean;
  /** Counts of answers and the charts of them. */
  readonly answerCounts: boolean;
  readonly sdg: boolean;
  readonly gcm: boolean;
  readonly comparison: boolean;
};

/**
 * A publication prints what IOM's profiles print: no indicator table, no counts, no indicative
 * SDG reading or round comparison; the GCM view stays as the annex post-2021 profiles carry.
 */
export const PUBLICATION_EXTRAS: ReportExtras = { indicatorTable: false, answerCounts: false, sdg: false, gcm: true, comparison: false };
/** A working draft prints everything the working group needs to check. */
export const WORKING_DRAFT_EXTRAS: ReportExtras = { indicatorTable: true, answerCounts: true, sdg: true, gcm: true, comparison: true };

export function defaultReportExtras(phase: Assessment['phase']): ReportExtras {
  return phase === 'validated' || phase === 'published' ? PUBLICATION_EXTRAS : WORKING_DRAFT_EXTRAS;
}

export const PRINTED_SECTIONS = [
  'cover',
  'front-matter',
  'introduction',
  'validation',
  'key-findings',
  'key-data',
  'priorities',
  'key-sources',
  'indicators',
] as const;
export type PrintedSection = (typeof PRINTED_SECTIONS)[number];

/** Where the text is edited: the screen links each place to its editor. */
export type TextEditor =
  | { readonly kind: 'profile'; readonly tab: 'findings' | 'narrative'; readonly anchor: string }
  /** A domain decision's reservations, on the validation screen. */
  | { readonly kind: 'validation'; readonly domainId: string }
  /** `field` is the text to focus in the indicator's detail: its justification or a source's title or section. */
  | {
      readonly kind: 'indicator';
      readonly indicatorId: string;
      readonly field: 'justification' | 'notApplicableReason' | `source:${string}`;
    };

export type PrintedText = {
  /** Unique and stable, e.g. `finding:potential:D1.1`, `response:D1.1.1:justification`. */
  readonly key: string;
  readonly section: PrintedSection;
  /** What the text is, for the screen to word: a field name plus an optional item (indicator id, heading). */
  readonly field: string;
  readonly item: string;
  /** The item's name where its id alone says little to a reader (a domain: "D4" → "Well-being of migrants"). */
  readonly itemTitle?: LocalizedText;
  readonly text: BilingualText;
  readonly state: TranslationState;
  readonly editor: TextEditor;
};

export type PrintedTextsInput = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue;
  readonly draft: ProfileDraft | null;
  readonly profile: ProfileModel;
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly extras: ReportExtras;
};

export function printedTexts(input: PrintedTextsInput): PrintedText[] {
  const { assessment, draft, profile, catalogue, extras } = input;
  const out: PrintedText[] = [];
  const domainTitles = new Map(catalogue.domains.map((domain) => [domain.id, domain.title]));
  const add = (key: string, section: PrintedSection, field: string, item: string, value: unknown, editor: TextEditor) => {
    const text = asBilingual(value);
    const itemTitle = field === 'domainNarrative' || field === 'reservations' ? domainTitles.get(item) : undefined;
    out.push({ key, section, field, item, ...(itemTitle ? { itemTitle } : {}), text, state: translationState(text), editor });
  };
  // The front matter's texts are edited at the top of the narrative tab.
  const publication = (anchor: string): TextEditor => ({ kind: 'profile', tab: 'narrative', anchor });
  const narrative = (anchor: string): TextEditor => ({ kind: 'profile', tab: 'narrative', anchor });
  if (assessment.territorialScope)
    add('assessment:territorialScope', 'cover', 'territorialScope', '', assessment.territorialScope, publication('territorial-scope'));
  // The report's Validation section prints each domain's reservations (or reasons) as recorded.
  for (const decision of assessment.validation?.decisions ?? []) {
    add(`validation:reservations:${decision.domainId}`, 'validation', 'reservations', decision.domainId, reservationsText(decision), {
      kind: 'validation',
      domainId: decision.domainId,
    });
  }
  if (draft) {
    add('draft:acknowledgements', 'front-matter', 'acknowledgements', '', draft.acknowledgements, publication('acknowledgements'));
    add('draft:objective', 'introduction', 'objective', '', draft.objective, publication('objective'));
    add('draft:introduction', 'introduction', 'introduction', '', draft.introduction, narrative('introduction'));
    add('draft:methodology', 'introduction', 'methodology', '', draft.methodology, narrative('methodology'));
    for (const domain of catalogue.domains) {
      const text = draft.domainNarratives[domain.id];
      if (text)
        add(`draft:narrative:${domain.id}`, 'key-findings', 'domainNarrative', domain.id, text, narrative(`narrative-${domain.id}`));
    }
    for (const item of draft.keyData) {
      for (const field of ['label', 'value', 'source'] as const)
        add(`draft:keyData:${item.id}:${field}`, 'key-data', `keyData.${field}`, item.id, item[field], narrative(`key-data-${item.id}`));
    }
    for (const priority of draft.priorities) {
      for (const field of ['title', 'text'] as const)
        add(
          `draft:priority:${priority.id}:${field}`,
          'priorities',
          `priority.${field}`,
          priority.id,
          priority[field],
          narrative(`priority-${priority.id}`),
        );
    }
  }
  for (const finding of profile.findings.findings) {
    add(`finding:${finding.id}`, 'key-findings', 'finding', finding.subdomainId ?? finding.id, finding.text, {
      kind: 'profile',
      tab: 'findings',
      anchor: `finding-${finding.id}`,
    });
  }
  for (const source of profile.keySources) {
    const first = source.sourceIds[0] ?? '';
    const indicatorId = source.indicatorIds[0] ?? '';
    add(`key-source:${first}:title`, 'key-sources', 'source.title', String(source.number), source.title, {
      kind: 'indicator',
      indicatorId,
      field: `source:${first}`,
    });
    source.sections.forEach((section, index) => {
      const sourceId = source.sectionSourceIds[index] ?? first;
      const where = input.sources.find((candidate) => candidate.id === sourceId)?.indicatorId ?? indicatorId;
      add(`key-source:${first}:section:${index}`, 'key-sources', 'source.section', String(source.number), section, {
        kind: 'indicator',
        indicatorId: where,
        field: `source:${sourceId}`,
      });
    });
  }
  if (extras.indicatorTable) {
    for (const response of input.responses) {
      const text = justificationText(response);
      const field = response.notApplicable ? 'notApplicableReason' : 'justification';
      add(`response:${response.indicatorId}:justification`, 'indicators', field, response.indicatorId, text, {
        kind: 'indicator',
        indicatorId: response.indicatorId,
        field,
      });
    }
  }
  return out.filter((text) => text.state !== 'empty');
}

/** The printed texts a report in either language would print without a checked translation. */
export function untranslatedTexts(texts: readonly PrintedText[]): PrintedText[] {
  return texts.filter((text) => text.state === 'missing' || text.state === 'unchecked');
}

export function countBySection(texts: readonly PrintedText[]): ReadonlyMap<PrintedSection, number> {
  const counts = new Map<PrintedSection, number>();
  for (const text of texts) counts.set(text.section, (counts.get(text.section) ?? 0) + 1);
  return counts;
}

/** How many places a report in `locale` prints in the other language (its own text is missing). */
export function fallbackCount(texts: readonly PrintedText[], locale: 'en' | 'ar'): number {
  return texts.filter((text) => text.state === 'missing' && text.text[locale].trim() === '').length;
}
