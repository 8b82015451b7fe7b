import type { Catalogue } from './catalogue';
import type { Response, Source } from './assessment';
import type { KeySource } from './key-sources';
import { citationsFor, keySources } from './key-sources';
import type { GcmObjectiveCoverage } from './gcm-coverage';
import { gcmCoverage } from './gcm-coverage';
import type { AppliedFindings, ProfileEditing } from './profile-findings';
import { answerBasis, applyEditing, deriveFindings, NO_EDITING } from './profile-findings';
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
  /** The sources cited, for the numbered key sources the findings cite. */
  readonly sources?: Iterable<Source> | undefined;
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
  /** Every source cited, once, numbered. */
  readonly keySources: readonly KeySource[];
  /** The key-source numbers each finding cites (by finding id), ascending. */
  readonly citations: ReadonlyMap<string, readonly number[]>;
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
      comparison = compareRounds(
        previous,
        { catalogue: input.catalogue, responses },
        input.catalogueVersions ?? [input.catalogue, input.previous.catalogue],
      );
    } catch (error) {
      comparisonError = error instanceof Error ? error.message : String(error);
    }
  }
  const findings = applyEditing(deriveFindings(input.catalogue, responses), input.editing ?? NO_EDITING, (ids) =>
    answerBasis(ids, input.catalogue, responses),
  );
  const sources = keySources(input.catalogue, input.sources ?? []);
  const citations = new Map(
    [...findings.findings, ...findings.hidden].map((finding) => [finding.id, citationsFor(finding.indicatorIds, sources)] as const),
  );
  return {
    summary: summarizeAssessment(input.catalogue, responses),
    findings,
    keySources: sources,
    citations,
    gcm: gcmCoverage(input.catalogue, responses),
    sdg: input.reference ? readSdg1072(input.reference.sdg1072, input.catalogue, responses) : null,
    comparison,
    comparisonError,
  };
}
