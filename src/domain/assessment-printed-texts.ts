import type { Assessment, Response, Source } from './assessment';
import { otherLocale } from './bilingual-text';
import type { Catalogue } from './catalogue';
import type { Locale } from './localized-text';
import type { PrintedText, ReportExtras } from './printed-texts';
import { printedTexts, untranslatedTexts } from './printed-texts';
import { computeProfile } from './profile';
import type { ProfileDraft } from './profile-draft';
import type { ReferenceData } from './reference-data';

/**
 * The printed texts of an assessment as stored: what the translation view lists, the export
 * screen counts and the publish command checks, all from the same records and the same rules
 * the report uses (report-context.ts), so the three never disagree with the PDF.
 */

export type StoredTexts = {
  readonly assessment: Assessment;
  readonly responses: readonly Response[];
  readonly sources: readonly Source[];
  readonly draft: ProfileDraft | null;
};

export type KnownCatalogues = { readonly catalogues: readonly Catalogue[]; readonly reference: ReferenceData | null };

/** null when the assessment's catalogue is not known here (nothing can be said about its report). */
export function storedPrintedTexts(stored: StoredTexts, known: KnownCatalogues, extras: ReportExtras): PrintedText[] | null {
  const { assessment } = stored;
  const catalogue = known.catalogues.find((c) => c.frameworkId === assessment.frameworkId && c.version === assessment.catalogueVersion);
  if (!catalogue) return null;
  // Findings and key sources do not depend on the previous round, so it is left out here.
  const profile = computeProfile({
    catalogue,
    responses: stored.responses,
    sources: stored.sources,
    reference: known.reference,
    editing: stored.draft?.editing,
  });
  return printedTexts({
    assessment,
    catalogue,
    draft: stored.draft,
    profile,
    responses: stored.responses,
    sources: stored.sources,
    extras,
  });
}

/** One place a publication would print without a checked translation, as a refusal carries it. */
export type UntranslatedPlace = Pick<PrintedText, 'key' | 'section' | 'field' | 'item' | 'itemTitle' | 'editor'> & {
  readonly state: 'missing' | 'unchecked';
  /** The language to write or check. */
  readonly language: Locale;
};

export function untranslatedPlaces(texts: readonly PrintedText[]): UntranslatedPlace[] {
  return untranslatedTexts(texts).map(({ key, section, field, item, itemTitle, state, editor, text }) => ({
    key,
    section,
    field,
    item,
    ...(itemTitle ? { itemTitle } : {}),
    editor,
    state: state === 'missing' ? 'missing' : 'unchecked',
    language: state === 'missing' && text.en.trim() === '' ? 'en' : otherLocale(text.original),
  }));
}
