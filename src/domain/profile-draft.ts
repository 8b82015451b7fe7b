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
