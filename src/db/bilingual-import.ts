import type { AssessmentBundle } from '@/domain/assessment-bundle';
import type { Response, Source } from '@/domain/assessment';
import { withResponseTranslations, withSourceTranslations } from '@/domain/bilingual-records';
import { normalizeProfileDraft } from '@/domain/profile-draft';

/**
 * Files written before schema version 2 (member packages, backups, snapshots, report data) carry
 * single-language texts; every write of imported rows passes them through here, so they are stored
 * as version 2 shapes. The conversions are idempotent: version-2 rows pass through unchanged.
 */

export function bilingualBundle(bundle: AssessmentBundle): AssessmentBundle {
  return {
    ...bundle,
    responses: bundle.responses.map(withResponseTranslations),
    sources: bundle.sources.map(withSourceTranslations),
    ...(bundle.profile ? { profile: normalizeProfileDraft(bundle.profile) } : {}),
  };
}

export function bilingualResponses(responses: readonly Response[]): Response[] {
  return responses.map(withResponseTranslations);
}

export function bilingualSources(sources: readonly Source[]): Source[] {
  return sources.map(withSourceTranslations);
}

/** The rows of a backup's tables, as today's store holds them. */
export function bilingualTables<T extends { responses: unknown[]; sources: unknown[]; profiles: unknown[] }>(tables: T): T {
  return {
    ...tables,
    responses: (tables.responses as Response[]).map(withResponseTranslations),
    sources: (tables.sources as Source[]).map(withSourceTranslations),
    profiles: tables.profiles.map(normalizeProfileDraft),
  };
}
