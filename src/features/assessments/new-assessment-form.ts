import type { Catalogue } from '@/domain/catalogue';
import type { NewAssessment } from '@/db/commands';

/** The create form's raw values and their validation, kept apart from the component for tests. */
export type NewAssessmentForm = {
  countryCode: string;
  level: 'national' | 'local';
  placeName: string;
  round: string;
  year: string;
  catalogueKey: string;
  previousAssessmentId: string;
};

/** Each error is a key under `create.errors` in the assessments namespace. */
export type NewAssessmentError = 'countryRequired' | 'placeRequired' | 'roundInvalid' | 'yearInvalid' | 'noCatalogue';
export type NewAssessmentErrors = Partial<Record<'countryCode' | 'placeName' | 'round' | 'year' | 'catalogueKey', NewAssessmentError>>;

export function validateNewAssessment(
  form: NewAssessmentForm,
  catalogues: readonly Catalogue[],
): { ok: true; value: NewAssessment } | { ok: false; errors: NewAssessmentErrors } {
  const errors: NewAssessmentErrors = {};
  if (!/^[A-Z]{2}$/.test(form.countryCode)) errors.countryCode = 'countryRequired';
  const placeName = form.placeName.trim();
  if (form.level === 'local' && placeName === '') errors.placeName = 'placeRequired';
  const round = Number(form.round);
  if (!Number.isInteger(round) || round < 1 || round > 99) errors.round = 'roundInvalid';
  const year = Number(form.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.year = 'yearInvalid';
  const catalogue = catalogues.find((c) => `${c.frameworkId}@${c.version}` === form.catalogueKey);
  if (!catalogue) errors.catalogueKey = 'noCatalogue';
  if (Object.keys(errors).length > 0 || !catalogue) return { ok: false, errors };
  return {
    ok: true,
    value: {
      frameworkId: catalogue.frameworkId,
      catalogueVersion: catalogue.version,
      level: form.level,
      countryCode: form.countryCode,
      ...(form.level === 'local' ? { placeName } : {}),
      round,
      year,
      previousAssessmentId: form.previousAssessmentId || null,
      phase: 'data-collection',
      isDemo: false,
    },
  };
}
