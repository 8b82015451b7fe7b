import type { Assessment, Response, Source } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import type { PackageContent } from '@/interchange/package-format';

/** A member package whose texts carry markup and whose source carries the given URL: hostile-input tests. */

export const AT = '2026-05-01T09:00:00.000Z';
export const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
export const assessment: Assessment = {
  id: 'hostile-assessment',
  frameworkId: 'mgi-national',
  catalogueVersion: '1.0.0',
  level: 'national',
  countryCode: 'KE',
  round: 1,
  year: 2026,
  previousAssessmentId: null,
  phase: 'data-collection',
  isDemo: false,
  createdAt: AT,
  updatedAt: AT,
};
const source = (url: string): Source => ({
  id: 'src-1',
  assessmentId: assessment.id,
  indicatorId: 'D1.1.1',
  type: 'website',
  title: `Title ${SCRIPT}`,
  section: '',
  date: '2024',
  url,
  excerpt: SCRIPT,
  createdAt: AT,
  createdBy: null,
});
const response = (justification: string): Response => ({
  ...emptyResponse(assessment.id, 'D1.1.1', AT),
  answer: 'all',
  justification,
  status: 'draft',
  revision: 1,
});

export function hostilePackage(device: string, justification: string, url: string): PackageContent {
  return {
    packageId: `package-${device}`,
    exportedAt: AT,
    senderDeviceId: device,
    senderMemberId: null,
    bases: {},
    bundle: {
      assessment,
      members: [{ id: 'm1', assessmentId: assessment.id, name: SCRIPT, institution: '', role: 'member', createdAt: AT }],
      responses: [response(justification)],
      sources: [source(url)],
      comments: [],
      history: [],
    },
  };
}
