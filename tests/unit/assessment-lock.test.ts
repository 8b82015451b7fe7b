import { describe, expect, it } from 'vitest';
import { ASSESSMENT_PHASES } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';

describe('assessment lock', () => {
  it('locks validated and published assessments only', () => {
    expect(ASSESSMENT_PHASES.filter((phase) => isAssessmentLocked({ phase }))).toEqual(['validated', 'published']);
  });
});
