import type { LocalizedText } from './localized-text';
import type { ProfileEditing } from './profile-findings';
import { NO_EDITING } from './profile-findings';

/**
 * What the researcher writes for the published profile, in English and Arabic, next to what is
 * derived from the answers: the narrative sections, key findings per domain, thematic priorities
 * (Iraq chose migration data, return and reintegration, legal frameworks, economic affairs), a key
 * migration data block entered by hand, and the edits to the derived findings.
 */

export type ThematicPriority = { readonly id: string; readonly title: LocalizedText; readonly text: LocalizedText };

export type KeyDataItem = {
  readonly id: string;
  readonly label: LocalizedText;
  /** As published, e.g. "1.2 million" or "3.4%"; free text because sources format differently. */
  readonly value: string;
  readonly year: string;
  readonly source: string;
};

export type ProfileDraft = {
  readonly assessmentId: string;
  readonly introduction: LocalizedText;
  readonly methodology: LocalizedText;
  /** Key findings narrative per domain id. */
  readonly domainNarratives: Readonly<Record<string, LocalizedText>>;
  readonly priorities: readonly ThematicPriority[];
  readonly keyData: readonly KeyDataItem[];
  readonly editing: ProfileEditing;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
};

const EMPTY_TEXT: LocalizedText = { en: '', ar: '' };

export function emptyProfileDraft(assessmentId: string, at: string): ProfileDraft {
  return {
    assessmentId,
    introduction: EMPTY_TEXT,
    methodology: EMPTY_TEXT,
    domainNarratives: {},
    priorities: [],
    keyData: [],
    editing: NO_EDITING,
    updatedAt: at,
    updatedBy: null,
  };
}

/** What can be wrong in a draft before it is stored; the screen translates the code. */
export type DraftProblem = {
  readonly code: 'key-data-label-missing' | 'key-data-year-invalid' | 'key-data-value-missing' | 'priority-title-missing' | 'text-too-long';
  /** The item or section the problem is in: a key-data or priority id, or a section name. */
  readonly where: string;
};

/**
 * Problems that stop a save: what would be stored wrong. The others (an incomplete row) are shown
 * as warnings while the researcher is still typing, and the draft is saved with them.
 */
export const BLOCKING_DRAFT_PROBLEMS: ReadonlySet<DraftProblem['code']> = new Set(['key-data-year-invalid', 'text-too-long']);

/** Longest text one section may hold: far above any real profile, low enough to catch a paste accident. */
export const MAX_SECTION_LENGTH = 20_000;

const YEAR = /^(19|20|21)\d{2}(\s*[–-]\s*(19|20|21)\d{2})?$/;

function tooLong(text: LocalizedText): boolean {
  return text.en.length > MAX_SECTION_LENGTH || text.ar.length > MAX_SECTION_LENGTH;
}

function blank(text: LocalizedText): boolean {
  return text.en.trim() === '' && text.ar.trim() === '';
}

/**
 * Problems that would make a published profile wrong: a key figure without a label or with a year
 * that is not a year (a range such as 2020–2024 is fine), a priority without a title. Empty
 * rows being typed are not problems until something is entered in them.
 */
export function profileDraftProblems(draft: ProfileDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const [where, text] of [['introduction', draft.introduction], ['methodology', draft.methodology], ...Object.entries(draft.domainNarratives)] as const) {
    if (tooLong(text)) problems.push({ code: 'text-too-long', where });
  }
  for (const item of draft.keyData) {
    const started = item.value.trim() !== '' || item.year.trim() !== '' || item.source.trim() !== '' || !blank(item.label);
    if (!started) continue;
    if (blank(item.label)) problems.push({ code: 'key-data-label-missing', where: item.id });
    if (item.value.trim() === '') problems.push({ code: 'key-data-value-missing', where: item.id });
    if (item.year.trim() !== '' && !YEAR.test(item.year.trim())) problems.push({ code: 'key-data-year-invalid', where: item.id });
  }
  for (const priority of draft.priorities) {
    if (blank(priority.title) && !blank(priority.text)) problems.push({ code: 'priority-title-missing', where: priority.id });
    if (tooLong(priority.text)) problems.push({ code: 'text-too-long', where: priority.id });
  }
  return problems;
}
