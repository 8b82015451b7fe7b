import type { HistoryEntry } from '@/domain/assessment';
import type { KnownCatalogues } from '@/domain/assessment-printed-texts';
import { storedPrintedTexts, untranslatedPlaces } from '@/domain/assessment-printed-texts';
import { PUBLICATION_EXTRAS } from '@/domain/printed-texts';
import { normalizeProfileDraft } from '@/domain/profile-draft';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';

/**
 * Publishing: the last step of an assessment, after the government's validation. The profile then
 * becomes the published record (its draft no longer changes; reopening goes through validation).
 * A publication is read in both languages, so every text it prints must have a checked
 * translation (or be marked the same in both): the check reads the records inside the same
 * transaction that moves the phase, so what was checked is exactly what is published.
 */
export function publishAssessment(assessmentId: string, known: KnownCatalogues, memberId: string | null): Promise<void> {
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.sources, db.profiles, db.history], async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) refuse({ code: 'missing-assessment' });
      if (assessment.phase !== 'validated') refuse({ code: 'not-validated' });
      const [responses, sources, stored] = await Promise.all([
        db.responses.where('assessmentId').equals(assessmentId).toArray(),
        db.sources.where('assessmentId').equals(assessmentId).toArray(),
        db.profiles.get(assessmentId),
      ]);
      const draft = stored ? normalizeProfileDraft(stored) : null;
      const texts = storedPrintedTexts({ assessment, responses, sources, draft }, known, PUBLICATION_EXTRAS);
      if (texts === null) refuse({ code: 'invalid-input', field: 'catalogueVersion' });
      const places = untranslatedPlaces(texts);
      if (places.length > 0) refuse({ code: 'untranslated', places });
      const at = new Date().toISOString();
      await db.assessments.put({ ...assessment, phase: 'published', updatedAt: at });
      const entry: HistoryEntry = {
        id: newId(),
        assessmentId,
        indicatorId: null,
        entity: 'assessment',
        entityId: assessmentId,
        field: 'phase',
        before: assessment.phase,
        after: 'published',
        reason: '',
        memberId,
        at,
      };
      await db.history.add(entry);
    }),
  );
}
