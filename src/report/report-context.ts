import type { Catalogue } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import type { ProfileModel } from '@/domain/profile';
import { computeProfile } from '@/domain/profile';
import type { ProfileDraft } from '@/domain/profile-draft';
import type { PrintedText, ReportExtras } from '@/domain/printed-texts';
import { defaultReportExtras, printedTexts } from '@/domain/printed-texts';
import type { ReferenceData } from '@/domain/reference-data';
import type { AttachmentPolicy } from './report-attachment';
import type { ReportData } from './report-input';
import { ReportInputError } from './report-input';

/** Everything a report needs besides the data: resolved once, then rendered by pure functions. */

import type { Translate } from '@/i18n/keys';
export type { Translate };

export type ReportCatalogues = {
  readonly catalogues: readonly Catalogue[];
  readonly reference: ReferenceData | null;
};

export type ReportContext = {
  readonly data: ReportData;
  readonly catalogue: Catalogue;
  readonly profile: ProfileModel;
  readonly draft: ProfileDraft | null;
  readonly reference: ReferenceData | null;
  readonly locale: Locale;
  readonly t: Translate;
  /** SHA-256 of the embedded data, printed in the annex so a printed copy can be checked too. */
  readonly fingerprint: string;
  readonly generatedAt: string;
  /** What the PDF carries as a file; the pages are built from public data either way. */
  readonly attachment: AttachmentPolicy;
  /** Which of our extras this report prints (publication or working-draft defaults, or the user's choice). */
  readonly extras: ReportExtras;
  /** Every text the working group wrote that this report prints, with its translation state. */
  readonly printed: readonly PrintedText[];
};

function findCatalogue(set: ReportCatalogues, frameworkId: string, version: string): Catalogue | undefined {
  return set.catalogues.find((catalogue) => catalogue.frameworkId === frameworkId && catalogue.version === version);
}

export function resolveReportContext(
  data: ReportData,
  set: ReportCatalogues,
  settings: {
    readonly locale: Locale;
    readonly t: Translate;
    readonly fingerprint: string;
    readonly generatedAt: string;
    readonly attachment?: AttachmentPolicy;
    readonly extras?: ReportExtras | undefined;
  },
): ReportContext {
  const { extras: chosen, attachment, ...rest } = settings;
  const { assessment } = data.bundle;
  const catalogue = findCatalogue(set, assessment.frameworkId, assessment.catalogueVersion);
  if (!catalogue) throw new ReportInputError('unknown-catalogue', `${assessment.frameworkId} ${assessment.catalogueVersion}`);
  const previousAssessment = data.previous?.assessment;
  const previousCatalogue = previousAssessment
    ? findCatalogue(set, previousAssessment.frameworkId, previousAssessment.catalogueVersion)
    : undefined;
  const draft = data.bundle.profile ?? null;
  const profile = computeProfile({
    catalogue,
    responses: data.bundle.responses,
    sources: data.bundle.sources,
    reference: set.reference,
    editing: draft?.editing,
    previous: data.previous && previousCatalogue ? { catalogue: previousCatalogue, responses: data.previous.responses } : undefined,
    catalogueVersions: set.catalogues,
  });
  const extras = chosen ?? defaultReportExtras(assessment.phase);
  const printed = printedTexts({
    assessment,
    catalogue,
    draft,
    profile,
    responses: data.bundle.responses,
    sources: data.bundle.sources,
    extras,
  });
  return { data, catalogue, profile, draft, reference: set.reference, ...rest, attachment: attachment ?? 'public', extras, printed };
}
