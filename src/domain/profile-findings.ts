import type { Response } from './assessment';
import type { BilingualText } from './bilingual-text';
import { asBilingual, fieldText, translationState } from './bilingual-text';
import type { Catalogue } from './catalogue';
import type { LocalizedText } from './localized-text';
import { answerState } from './scoring';

/**
 * The key findings of an MGI profile, as a published profile words them: statements under "well-
 * developed areas" and "areas with potential for further development", each with a heading (the
 * sub-domain or a theme), a text in both languages, the indicators it rests on and (in profile.ts)
 * numbered citations of key sources. MGI publishes no score, so a finding is prose, not a count.
 *
 * The app drafts one finding per sub-domain and list from the answers and their justifications;
 * the researcher then edits, merges, splits, reorders and hides them (a ProfileEditing, stored with
 * the profile draft, keyed by finding id). An edited text is never rewritten by the app: when the
 * answers it rests on change later, it is flagged instead (answersChanged) for the researcher.
 */

export type FindingKind = 'well-developed' | 'potential';
export const FINDING_KINDS: readonly FindingKind[] = ['well-developed', 'potential'];

/** The answer state of each indicator a text rests on, when it was written: `{ D1.1.1: 'developed' }`. */
export type AnswerBasis = Readonly<Record<string, string>>;

export type Finding = {
  /** Drafted findings: `${kind}:${subdomainId}`; findings the researcher adds, merges or splits: any other unique id. */
  readonly id: string;
  readonly kind: FindingKind;
  readonly domainId: string;
  readonly subdomainId: string | null;
  readonly heading: LocalizedText;
  /** The indicators behind this finding, in catalogue order: the trace from text to evidence. */
  readonly indicatorIds: readonly string[];
  readonly text: BilingualText;
  readonly note: string;
  readonly derived: boolean;
  /** The researcher wrote or changed the text (it is no longer drafted from the justifications). */
  readonly edited: boolean;
  /** Edited, and the answers it rests on are no longer those it was written on. */
  readonly answersChanged: boolean;
};

export type FindingOverride = {
  readonly text?: BilingualText | null;
  readonly heading?: BilingualText | null;
  readonly note?: string;
  readonly hidden?: boolean;
  /** The answers when the text was last written; set with the text. */
  readonly basis?: AnswerBasis;
};

export type AddedFinding = {
  readonly id: string;
  readonly kind: FindingKind;
  readonly domainId: string;
  readonly indicatorIds: readonly string[];
  readonly heading?: BilingualText | undefined;
  readonly text: BilingualText;
  readonly note: string;
  readonly basis?: AnswerBasis | undefined;
};

/** What the researcher changed; stored with the profile draft. */
export type ProfileEditing = {
  /** Finding ids in the researcher's order; ids not listed keep derived order after them. */
  readonly order: readonly string[];
  readonly overrides: Readonly<Record<string, FindingOverride>>;
  readonly added: readonly AddedFinding[];
};

export { NO_EDITING } from './no-editing';

export function derivedFindingId(kind: FindingKind, subdomainId: string): string {
  return `${kind}:${subdomainId}`;
}

export function answerBasis(indicatorIds: readonly string[], catalogue: Catalogue, responses: ReadonlyMap<string, Response>): AnswerBasis {
  const byId = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
  return Object.fromEntries(
    indicatorIds.map((id) => {
      const indicator = byId.get(id);
      return [id, indicator ? answerState(indicator, responses.get(id)) : 'unknown'];
    }),
  );
}

function sameBasis(a: AnswerBasis, b: AnswerBasis): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The first sentence of a justification: what a finding quotes. Stops at . ! ? or the Arabic full stop. */
export function firstSentence(text: string): string {
  const trimmed = text.trim().split('\n')[0]?.trim() ?? '';
  const match = /^[\s\S]*?[.!?\u061F\u06D4](?=\s|$)/u.exec(trimmed);
  return (match ? match[0] : trimmed).trim();
}

/**
 * Drafts a finding's text in one language from the justifications of its indicators: their first
 * sentences, each once. Empty when any of them lacks that language, so the gap shows up as a
 * missing translation instead of a text that silently leaves out some indicators.
 */
function draftLanguage(justifications: readonly BilingualText[], language: 'en' | 'ar'): string {
  const sentences: string[] = [];
  for (const text of justifications) {
    const own = text.same ? text[text.original] : text[language];
    if (own.trim() === '') return '';
    const sentence = firstSentence(own);
    if (!sentences.includes(sentence)) sentences.push(sentence);
  }
  return sentences.join(' ');
}

/** Wording when no indicator behind a finding has a justification yet; different per list by construction. */
const FALLBACK: Readonly<Record<FindingKind, { readonly en: string; readonly ar: string }>> = {
  'well-developed': {
    en: 'The working group found the framework in this area well developed.',
    ar: 'رأى فريق العمل أن الإطار في هذا المجال متطور.',
  },
  potential: {
    en: 'The working group found potential for further development in this area.',
    ar: 'رأى فريق العمل أن في هذا المجال إمكانية لمزيد من التطوير.',
  },
};

function draftText(kind: FindingKind, justifications: readonly BilingualText[]): BilingualText {
  const written = justifications.filter((text) => translationState(text) !== 'empty');
  if (written.length === 0) return { ...FALLBACK[kind], original: 'en', checked: true, same: false };
  const en = draftLanguage(written, 'en');
  const ar = draftLanguage(written, 'ar');
  const arabicOriginals = written.filter((text) => text.original === 'ar').length;
  const original = arabicOriginals * 2 > written.length ? 'ar' : 'en';
  const checked = written.every((text) => translationState(text) === 'complete');
  return { en, ar, original, checked, same: false };
}

/** The justification of a response as a bilingual text (the reason, for a not-applicable answer). */
export function justificationText(response: Response | undefined): BilingualText {
  if (!response) return fieldText('', undefined);
  if (response.notApplicable) return fieldText(response.notApplicableReason, response.translations?.notApplicableReason);
  return fieldText(response.justification, response.translations?.justification);
}

/**
 * One finding per sub-domain and list: developed indicators are well developed, partial and gap
 * ones have potential. A mixed sub-domain gets two findings drafted from different justifications;
 * if their texts would still coincide, the potential one takes its own wording.
 */
export function deriveFindings(catalogue: Catalogue, responses: ReadonlyMap<string, Response>): Finding[] {
  const findings: Finding[] = [];
  for (const subdomain of catalogue.subdomains) {
    const indicators = catalogue.indicators.filter((indicator) => indicator.subdomainId === subdomain.id);
    const states = indicators.map((indicator) => ({ id: indicator.id, state: answerState(indicator, responses.get(indicator.id)) }));
    const groups = {
      'well-developed': states.filter((s) => s.state === 'developed').map((s) => s.id),
      potential: states.filter((s) => s.state === 'partial' || s.state === 'gap').map((s) => s.id),
    };
    let developedText: BilingualText | null = null;
    for (const kind of FINDING_KINDS) {
      const indicatorIds = groups[kind];
      if (indicatorIds.length === 0) continue;
      let text = draftText(
        kind,
        indicatorIds.map((id) => justificationText(responses.get(id))),
      );
      if (developedText && sharesWording(developedText, text)) text = { ...FALLBACK[kind], original: 'en', checked: true, same: false };
      if (kind === 'well-developed') developedText = text;
      findings.push({
        id: derivedFindingId(kind, subdomain.id),
        kind,
        domainId: subdomain.domainId,
        subdomainId: subdomain.id,
        heading: subdomain.title,
        indicatorIds,
        text,
        note: '',
        derived: true,
        edited: false,
        answersChanged: false,
      });
    }
  }
  return findings;
}

function sharesWording(a: LocalizedText, b: LocalizedText): boolean {
  return (a.en !== '' && a.en === b.en) || (a.ar !== '' && a.ar === b.ar);
}

export type AppliedFindings = {
  /** Visible findings in the researcher's order. */
  readonly findings: readonly Finding[];
  readonly hidden: readonly Finding[];
  /** Edited findings whose drafted finding no longer exists (its answers changed): kept for review. */
  readonly orphanedOverrides: readonly string[];
};

/**
 * Applies the researcher's edits to freshly drafted findings. `current` gives the answer basis of
 * a set of indicators now, to flag edited texts whose answers changed since they were written.
 */
export function applyEditing(
  derived: readonly Finding[],
  editing: ProfileEditing,
  current?: (indicatorIds: readonly string[]) => AnswerBasis,
): AppliedFindings {
  const added: Finding[] = editing.added.map((line) => ({
    id: line.id,
    kind: line.kind,
    domainId: line.domainId,
    subdomainId: null,
    heading: line.heading ? asBilingual(line.heading) : { en: '', ar: '' },
    indicatorIds: line.indicatorIds,
    text: asBilingual(line.text),
    note: line.note,
    derived: false,
    edited: true,
    answersChanged: Boolean(current && line.basis && !sameBasis(line.basis, current(line.indicatorIds))),
  }));
  const all = [...derived, ...added].map((finding): Finding => {
    const override = editing.overrides[finding.id];
    if (!override) return finding;
    const text = override.text ? asBilingual(override.text) : null;
    const changed = Boolean(text && current && override.basis && !sameBasis(override.basis, current(finding.indicatorIds)));
    return {
      ...finding,
      heading: override.heading ? asBilingual(override.heading) : finding.heading,
      text: text ?? finding.text,
      note: override.note ?? finding.note,
      edited: finding.edited || text !== null,
      answersChanged: finding.answersChanged || changed,
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

/** Moves a finding one place up or down among the visible findings, returning the new order. */
export function moveFinding(visible: readonly Finding[], id: string, offset: -1 | 1): string[] {
  const ids = visible.map((finding) => finding.id);
  const from = ids.indexOf(id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const [moved] = ids.splice(from, 1);
  if (moved !== undefined) ids.splice(to, 0, moved);
  return ids;
}
