export type { AssessmentBundle } from '@/domain/assessment-bundle';
