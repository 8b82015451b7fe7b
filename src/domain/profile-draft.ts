import type { BilingualText } from './bilingual-text';
import { asBilingual, EMPTY_BILINGUAL, isBlank } from './bilingual-text';
import { NO_EDITING } from './no-editing';
import type { AddedFinding, FindingOverride, ProfileEditing } from './profile-findings';

/**
 * What the researcher writes for the published profile, every text in English and Arabic (one of
 * them the original): the front matter (objective, acknowledgements), the introduction, the key
 * findings narrative per domain, thematic priorities (Iraq chose migration data, return and
 * reintegration, legal frameworks, economic affairs), the key migration data entered by hand, and
 * the edits to the drafted findings.
 */

export type ThematicPriority = { readonly id: string; readonly title: BilingualText; readonly text: BilingualText };

export type KeyDataItem = {
  readonly id: string;
  readonly label: BilingualText;
  /** As published, e.g. "1.2 million" / "1.2 مليون"; free text because sources format differently. */
  readonly value: BilingualText;
  readonly year: string;
  readonly source: BilingualText;
};

export type ProfileDraft = {
  readonly assessmentId: string;
  /** The profile's objective; empty prints the standard MGI wording. */
  readonly objective: BilingualText;
  readonly introduction: BilingualText;
  readonly methodology: BilingualText;
  /** Names the working group's institutions and the funder; printed in the front matter. */
  readonly acknowledgements: BilingualText;
  /** Key findings narrative per domain id. */
  readonly domainNarratives: Readonly<Record<string, BilingualText>>;
  readonly priorities: readonly ThematicPriority[];
  readonly keyData: readonly KeyDataItem[];
  readonly editing: ProfileEditing;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
};

export function emptyProfileDraft(assessmentId: string, at: string): ProfileDraft {
  return {
    assessmentId,
    objective: EMPTY_BILINGUAL,
    introduction: EMPTY_BILINGUAL,
    methodology: EMPTY_BILINGUAL,
    acknowledgements: EMPTY_BILINGUAL,
    domainNarratives: {},
    priorities: [],
    keyData: [],
    editing: NO_EDITING,
    updatedAt: at,
    updatedBy: null,
  };
}

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map(record) : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function normalizeOverride(value: Loose): FindingOverride {
  return {
    ...(value.text === null ? { text: null } : value.text !== undefined ? { text: asBilingual(value.text) } : {}),
    ...(value.heading ? { heading: asBilingual(value.heading) } : {}),
    ...(typeof value.note === 'string' ? { note: value.note } : {}),
    ...(typeof value.hidden === 'boolean' ? { hidden: value.hidden } : {}),
    ...(value.basis ? { basis: record(value.basis) as Record<string, string> } : {}),
  };
}

/**
 * A stored draft of any schema version as today's draft. Version 1 held `{ en, ar }` texts and plain
 * strings for key-data values and sources; each becomes a bilingual text whose original is the
 * language it is written in. Used by the database upgrade and whenever a file brings a draft.
 */
export function normalizeProfileDraft(stored: unknown): ProfileDraft {
  const raw = record(stored);
  const editing = record(raw.editing);
  return {
    assessmentId: str(raw.assessmentId),
    objective: asBilingual(raw.objective),
    introduction: asBilingual(raw.introduction),
    methodology: asBilingual(raw.methodology),
    acknowledgements: asBilingual(raw.acknowledgements),
    domainNarratives: Object.fromEntries(Object.entries(record(raw.domainNarratives)).map(([id, text]) => [id, asBilingual(text)])),
    priorities: list(raw.priorities).map((item) => ({ id: str(item.id), title: asBilingual(item.title), text: asBilingual(item.text) })),
    keyData: list(raw.keyData).map((item) => ({
      id: str(item.id),
      label: asBilingual(item.label),
      value: asBilingual(item.value),
      year: str(item.year),
      source: asBilingual(item.source),
    })),
    editing: {
      order: Array.isArray(editing.order) ? editing.order.filter((id): id is string => typeof id === 'string') : [],
      overrides: Object.fromEntries(Object.entries(record(editing.overrides)).map(([id, value]) => [id, normalizeOverride(record(value))])),
      added: list(editing.added).map((line): AddedFinding => ({
        id: str(line.id),
        kind: line.kind === 'potential' ? 'potential' : 'well-developed',
        domainId: str(line.domainId),
        indicatorIds: Array.isArray(line.indicatorIds) ? line.indicatorIds.filter((id): id is string => typeof id === 'string') : [],
        ...(line.heading ? { heading: asBilingual(line.heading) } : {}),
        text: asBilingual(line.text),
        note: str(line.note),
        ...(line.basis ? { basis: record(line.basis) as Record<string, string> } : {}),
      })),
    },
    updatedAt: str(raw.updatedAt),
    updatedBy: typeof raw.updatedBy === 'string' ? raw.updatedBy : null,
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

function tooLong(text: BilingualText): boolean {
  return text.en.length > MAX_SECTION_LENGTH || text.ar.length > MAX_SECTION_LENGTH;
}

/**
 * Problems that would make a published profile wrong: a key figure without a label or with a year
 * that is not a year (a range such as 2020–2024 is fine), a priority without a title. Empty
 * rows being typed are not problems until something is entered in them.
 */
export function profileDraftProblems(draft: ProfileDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const sections = [
    ['objective', draft.objective],
    ['introduction', draft.introduction],
    ['methodology', draft.methodology],
    ['acknowledgements', draft.acknowledgements],
    ...Object.entries(draft.domainNarratives),
  ] as const;
  for (const [where, text] of sections) {
    if (tooLong(text)) problems.push({ code: 'text-too-long', where });
  }
  for (const item of draft.keyData) {
    const started = !isBlank(item.value) || item.year.trim() !== '' || !isBlank(item.source) || !isBlank(item.label);
    if (!started) continue;
    if (isBlank(item.label)) problems.push({ code: 'key-data-label-missing', where: item.id });
    if (isBlank(item.value)) problems.push({ code: 'key-data-value-missing', where: item.id });
    if (item.year.trim() !== '' && !YEAR.test(item.year.trim())) problems.push({ code: 'key-data-year-invalid', where: item.id });
  }
  for (const priority of draft.priorities) {
    if (isBlank(priority.title) && !isBlank(priority.text)) problems.push({ code: 'priority-title-missing', where: priority.id });
    if (tooLong(priority.text)) problems.push({ code: 'text-too-long', where: priority.id });
  }
  return problems;
}
