import { describe, expect, it } from 'vitest';
import { validateNewAssessment } from '@/features/assessments/new-assessment-form';
import { fixtureCatalogues } from './catalogue-fixtures';

const valid = {
  countryCode: 'JO',
  level: 'national' as const,
  placeName: '',
  round: '1',
  year: '2026',
  catalogueKey: 'fixture@1.1.0',
  previousAssessmentId: '',
};

describe('new assessment form', () => {
  it('turns valid input into an assessment in data collection', () => {
    const result = validateNewAssessment(valid, fixtureCatalogues());
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        countryCode: 'JO',
        catalogueVersion: '1.1.0',
        round: 1,
        year: 2026,
        phase: 'data-collection',
        previousAssessmentId: null,
      }),
    });
  });

  it('names each invalid field', () => {
    const result = validateNewAssessment(
      { ...valid, countryCode: '', level: 'local', round: '0', year: '1999', catalogueKey: 'x@9' },
      fixtureCatalogues(),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        countryCode: 'countryRequired',
        placeName: 'placeRequired',
        round: 'roundInvalid',
        year: 'yearInvalid',
        catalogueKey: 'noCatalogue',
      },
    });
  });
});
