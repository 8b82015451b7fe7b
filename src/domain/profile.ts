import type { Catalogue } from './catalogue';
import type { Response } from './assessment';
import type { GcmObjectiveCoverage } from './gcm-coverage';
import { gcmCoverage } from './gcm-coverage';
import type { AppliedFindings, ProfileEditing } from './profile-findings';
import { applyEditing, deriveFindings, NO_EDITING } from './profile-findings';
import type { ReferenceData } from './reference-data';
import type { RoundComparison, RoundInput } from './round-comparison';
import { compareRounds } from './round-comparison';
import type { AssessmentSummary } from './scoring';
import { responsesByIndicator, summarizeAssessment } from './scoring';
import type { SdgReading } from './sdg-10-7-2';
import { readSdg1072 } from './sdg-10-7-2';

/**
 * Everything a country profile shows, computed from the answers in one pure call: the screen,
 * the PDF and the headless report command all render this same model.
 */

export type ProfileInput = {
  readonly catalogue: Catalogue;
  readonly responses: Iterable<Response>;
  readonly reference: ReferenceData | null;
  readonly editing?: ProfileEditing | undefined;
  /** The previous round, when the assessment names one and it is stored here. */
  readonly previous?: { readonly catalogue: Catalogue; readonly responses: Iterable<Response> } | undefined;
  /** Every catalogue version known, for following indicators across versions. */
  readonly catalogueVersions?: readonly Catalogue[] | undefined;
};

export type ProfileModel = {
  readonly summary: AssessmentSummary;
  readonly findings: AppliedFindings;
  readonly gcm: readonly GcmObjectiveCoverage[];
  /** Indicative only; null when the SDG reference data is unavailable, `kind: 'local'` for a local assessment. */
  readonly sdg: SdgReading | null;
  readonly comparison: RoundComparison | null;
  /** Set when the previous round could not be compared (e.g. no migration path between versions). */
  readonly comparisonError: string | null;
};

export function computeProfile(input: ProfileInput): ProfileModel {
  const responses = responsesByIndicator(input.responses);
  let comparison: RoundComparison | null = null;
  let comparisonError: string | null = null;
  if (input.previous) {
    const previous: RoundInput = { catalogue: input.previous.catalogue, responses: responsesByIndicator(input.previous.responses) };
    try {
      comparison = compareRounds(previous, { catalogue: input.catalogue, responses }, input.catalogueVersions ?? [input.catalogue, input.previous.catalogue]);
    } catch (error) {
      comparisonError = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    summary: summarizeAssessment(input.catalogue, responses),
    findings: applyEditing(deriveFindings(input.catalogue, responses), input.editing ?? NO_EDITING),
    gcm: gcmCoverage(input.catalogue, responses),
    sdg: input.reference ? readSdg1072(input.reference.sdg1072, input.catalogue, responses) : null,
    comparison,
    comparisonError,
  };
}
