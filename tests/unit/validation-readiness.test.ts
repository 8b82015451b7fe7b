import { describe, expect, it } from 'vitest';
import type { Comment, Response } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import { allowedLockKinds, lockKindIssue, lockReservations, unresolvedByDomain, unresolvedCount } from '@/domain/validation-readiness';

const AT = '2026-10-01T00:00:00.000Z';
const INDICATORS = [
  { id: 'D1.1', domainId: 'D1' },
  { id: 'D1.2', domainId: 'D1' },
  { id: 'D2.1', domainId: 'D2' },
  { id: 'D2.2', domainId: 'D2' },
];
const response = (indicatorId: string, patch: Partial<Response>): Response => ({ ...emptyResponse('a', indicatorId, AT), ...patch });
const comment = (indicatorId: string, patch: Partial<Comment> = {}): Comment => ({
  id: `c-${indicatorId}`,
  assessmentId: 'a',
  indicatorId,
  parentId: null,
  authorId: null,
  body: 'x',
  verdict: null,
  suggestedAnswer: null,
  resolved: false,
  createdAt: AT,
  updatedAt: AT,
  ...patch,
});

describe('what a lock may claim', () => {
  it('offers a plain validation only when every applicable answer is agreed and no comment is open', () => {
    const responses = [
      response('D1.1', { status: 'agreed', answer: 'yes' }),
      response('D1.2', { status: 'validated', answer: 'no' }),
      response('D2.1', { notApplicable: true, status: 'draft' }),
      response('D2.2', { status: 'agreed', answer: 'yes' }),
    ];
    const none = unresolvedByDomain(INDICATORS, responses, [comment('D1.1', { resolved: true }), comment('D2.2', { parentId: 'c-x' })]);
    expect(none).toEqual([]);
    expect(allowedLockKinds(none)).toEqual(['validated']);
    expect(lockKindIssue('validated', none)).toBeNull();
  });

  it('lists unresolved indicators per domain, with why, and then offers only reservations', () => {
    const responses = [response('D1.1', { status: 'in-review' }), response('D2.2', { status: 'agreed' })];
    const domains = unresolvedByDomain(INDICATORS, responses, [comment('D2.2')]);
    expect(domains).toEqual([
      {
        domainId: 'D1',
        indicators: [
          { indicatorId: 'D1.1', reasons: ['not-agreed'] },
          { indicatorId: 'D1.2', reasons: ['not-agreed'] },
        ],
      },
      {
        domainId: 'D2',
        indicators: [
          { indicatorId: 'D2.1', reasons: ['not-agreed'] },
          { indicatorId: 'D2.2', reasons: ['open-comments'] },
        ],
      },
    ]);
    expect(unresolvedCount(domains)).toBe(4);
    expect(allowedLockKinds(domains)).toEqual(['validated-with-reservations']);
    expect(lockKindIssue('validated', domains)).toBe('indicators-unresolved');
    expect(lockKindIssue('validated-with-reservations', domains)).toBeNull();
    expect(lockReservations(domains)).toEqual([
      { domainId: 'D1', indicatorIds: ['D1.1', 'D1.2'] },
      { domainId: 'D2', indicatorIds: ['D2.1', 'D2.2'] },
    ]);
  });
});
