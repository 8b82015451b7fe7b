import type { Assessment } from './assessment';

/**
 * Once the government has validated an assessment its answers are the published record: no
 * command may change them until someone reopens it, with a reason, through the validation flow.
 */
export function isAssessmentLocked(assessment: Pick<Assessment, 'phase'>): boolean {
  return assessment.phase === 'validated' || assessment.phase === 'published';
}
