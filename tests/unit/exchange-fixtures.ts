import type { Assessment, Response, Source } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import type { AssessmentBundle } from '@/domain/merge-types';

/** Small bundles for merge and package tests: assessment `a1` with a few indicators. */
export const AT = '2026-03-01T10:00:00.000Z';
export const LATER = '2026-03-02T10:00:00.000Z';

export const assessment: Assessment = {
  id: 'a1',
  frameworkId: 'fixture',
  catalogueVersion: '1.0.0',
  level: 'national',
  countryCode: 'JO',
  round: 1,
  year: 2026,
  previousAssessmentId: null,
  phase: 'data-collection',
  isDemo: false,
  createdAt: AT,
  updatedAt: AT,
};

export function answered(indicatorId: string, changes: Partial<Response> = {}): Response {
  return { ...emptyResponse('a1', indicatorId, AT), answer: 'yes', status: 'draft', revision: 1, ...changes };
}

export function source(id: string, changes: Partial<Source> = {}): Source {
  return {
    id,
    assessmentId: 'a1',
    indicatorId: 'A1',
    type: 'law',
    title: `Law ${id}`,
    section: '',
    date: '2020',
    url: 'https://example.org/law',
    excerpt: '',
    createdAt: AT,
    createdBy: null,
    ...changes,
  };
}

export function bundle(parts: Partial<AssessmentBundle> = {}): AssessmentBundle {
  return { assessment, members: [], responses: [], sources: [], comments: [], history: [], ...parts };
}

/** Replaces (or adds) one response in a bundle, the way an edit on one laptop would. */
export function withResponse(base: AssessmentBundle, next: Response): AssessmentBundle {
  return { ...base, responses: [...base.responses.filter((r) => r.indicatorId !== next.indicatorId), next] };
}
