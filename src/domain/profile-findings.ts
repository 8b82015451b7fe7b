import type { Catalogue } from './catalogue';
import type { LocalizedText } from './localized-text';
import type { Response } from './assessment';
import { answerState } from './scoring';

/**
 * The findings of an MGI profile: "well-developed areas" and "areas with potential for further
 * development". MGI publishes no score or ranking, so findings are lists of sub-domains with the
 * indicators behind each line. They are derived from the answers; a researcher may then reword,
 * reorder, annotate, hide or add lines (a ProfileEditing) without losing the link to indicators:
 * derived lines are re-derived on every change of an answer and the edits are re-applied by id.
 */

export type FindingKind = 'well-developed' | 'potential';
export const FINDING_KINDS: readonly FindingKind[] = ['well-developed', 'potential'];

export type Finding = {
  /** Derived lines: `${kind}:${subdomainId}`; lines the researcher adds: any other unique id. */
  readonly id: string;
  readonly kind: FindingKind;
  readonly domainId: string;
  readonly subdomainId: string | null;
  /** The indicators behind this line, in catalogue order: the trace from text to evidence. */
  readonly indicatorIds: readonly string[];
  /** The researcher's wording; null means the screen/PDF words it from the sub-domain title. */
  readonly text: LocalizedText | null;
  readonly note: string;
  readonly derived: boolean;
};

export type FindingOverride = {
  readonly text?: LocalizedText | null;
  readonly note?: string;
  readonly hidden?: boolean;
};

export type AddedFinding = {
  readonly id: string;
  readonly kind: FindingKind;
  readonly domainId: string;
  readonly indicatorIds: readonly string[];
  readonly text: LocalizedText;
  readonly note: string;
};

/** What the researcher changed; stored with the profile draft. */
export type ProfileEditing = {
  /** Finding ids in the researcher's order; ids not listed keep derived order after them. */
  readonly order: readonly string[];
  readonly overrides: Readonly<Record<string, FindingOverride>>;
  readonly added: readonly AddedFinding[];
};

export const NO_EDITING: ProfileEditing = { order: [], overrides: {}, added: [] };

export function derivedFindingId(kind: FindingKind, subdomainId: string): string {
  return `${kind}:${subdomainId}`;
}

/** One line per sub-domain and kind: developed indicators are well developed; partial and gap ones have potential. */
export function deriveFindings(catalogue: Catalogue, responses: ReadonlyMap<string, Response>): Finding[] {
  const findings: Finding[] = [];
  for (const subdomain of catalogue.subdomains) {
    const indicators = catalogue.indicators.filter((indicator) => indicator.subdomainId === subdomain.id);
    const states = indicators.map((indicator) => ({ id: indicator.id, state: answerState(indicator, responses.get(indicator.id)) }));
    const developed = states.filter((s) => s.state === 'developed').map((s) => s.id);
    const potential = states.filter((s) => s.state === 'partial' || s.state === 'gap').map((s) => s.id);
    for (const [kind, indicatorIds] of [['well-developed', developed], ['potential', potential]] as const) {
      if (indicatorIds.length === 0) continue;
      findings.push({
        id: derivedFindingId(kind, subdomain.id),
        kind,
        domainId: subdomain.domainId,
        subdomainId: subdomain.id,
        indicatorIds,
        text: null,
        note: '',
        derived: true,
      });
    }
  }
  return findings;
}

export type AppliedFindings = {
  /** Visible lines in the researcher's order. */
  readonly findings: readonly Finding[];
  readonly hidden: readonly Finding[];
  /** Edited lines whose derived finding no longer exists (the answers changed): shown for review. */
  readonly orphanedOverrides: readonly string[];
};

export function applyEditing(derived: readonly Finding[], editing: ProfileEditing): AppliedFindings {
  const added: Finding[] = editing.added.map((line) => ({ ...line, subdomainId: null, derived: false }));
  const all = [...derived, ...added].map((finding) => {
    const override = editing.overrides[finding.id];
    if (!override) return finding;
    return {
      ...finding,
      text: override.text === undefined ? finding.text : override.text,
      note: override.note ?? finding.note,
    };
  });
  const rank = new Map(editing.order.map((id, index) => [id, index]));
  const sorted = all
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => {
      const ra = rank.get(a.finding.id);
      const rb = rank.get(b.finding.id);
      if (ra !== undefined && rb !== undefined) return ra - rb;
      if (ra !== undefined) return -1;
      if (rb !== undefined) return 1;
      return a.index - b.index;
    })
    .map((entry) => entry.finding);
  const isHidden = (finding: Finding) => editing.overrides[finding.id]?.hidden === true;
  const known = new Set(all.map((finding) => finding.id));
  return {
    findings: sorted.filter((finding) => !isHidden(finding)),
    hidden: sorted.filter(isHidden),
    orphanedOverrides: Object.keys(editing.overrides).filter((id) => !known.has(id)),
  };
}

/** Moves a finding one place up or down among the visible lines, returning the new order. */
export function moveFinding(visible: readonly Finding[], id: string, offset: -1 | 1): string[] {
  const ids = visible.map((finding) => finding.id);
  const from = ids.indexOf(id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const [moved] = ids.splice(from, 1);
  if (moved !== undefined) ids.splice(to, 0, moved);
  return ids;
}
