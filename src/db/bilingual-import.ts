import type { AssessmentBundle } from '@/domain/assessment-bundle';
import { normalizeProfileDraft } from '@/domain/profile-draft';

/**
 * Files written before schema version 2 (member packages, backups, report data) carry
 * single-language texts. Responses and sources need no rewriting: a text without a translation
 * record reads as the original in its own script's language (bilingual-text.ts fieldText), which
 * is exactly what the database upgrade stores. A version-1 profile draft is reshaped on import,
 * since its texts and key-data fields change type; a version-2 draft passes through untouched.
 */

function isVersionOneDraft(draft: unknown): boolean {
  return typeof draft === 'object' && draft !== null && !('acknowledgements' in draft);
}

function currentDraft<T>(draft: T): T {
  return isVersionOneDraft(draft) ? (normalizeProfileDraft(draft) as T) : draft;
}

export function bilingualBundle(bundle: AssessmentBundle): AssessmentBundle {
  return bundle.profile ? { ...bundle, profile: currentDraft(bundle.profile) } : bundle;
}

/** The rows of a backup's tables, as today's store holds them. */
export function bilingualTables<T extends { profiles: unknown[] }>(tables: T): T {
  return { ...tables, profiles: tables.profiles.map(currentDraft) };
}
