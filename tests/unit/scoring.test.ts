import { describe, expect, it } from 'vitest';
import type { ResponseStatus } from '@/domain/assessment';
import { RESPONSE_STATUSES } from '@/domain/assessment';
import { answerState, canMoveStatus, changeNeedsReason, countStates, statusAfterEdit, summarizeAssessment } from '@/domain/scoring';
import { fixtureCatalogue } from './catalogue-fixtures';
import { response, responseMap } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
const indicator = (id: string) => {
  const found = catalogue.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('answer state', () => {
  it('keeps "not scored", "no" and "not applicable" apart', () => {
    expect(answerState(indicator('A1'), undefined)).toBe('not-scored');
    expect(answerState(indicator('A1'), response('A1'))).toBe('not-scored');
    expect(answerState(indicator('A1'), response('A1', { answer: 'no' }))).toBe('gap');
    expect(answerState(indicator('A1'), response('A1', { answer: 'no', notApplicable: true }))).toBe('not-applicable');
  });

  it('treats an answer the scale does not know as not scored rather than guessing', () => {
    expect(answerState(indicator('A1'), response('A1', { answer: 'maybe' }))).toBe('not-scored');
  });
});

describe('status workflow', () => {
  it('moves forward one step at a time and back for rework', () => {
    expect(canMoveStatus('not-started', 'draft')).toBe(true);
    expect(canMoveStatus('draft', 'in-review')).toBe(true);
    expect(canMoveStatus('in-review', 'agreed')).toBe(true);
    expect(canMoveStatus('agreed', 'validated')).toBe(true);
    expect(canMoveStatus('validated', 'agreed')).toBe(true);
    expect(canMoveStatus('in-review', 'draft')).toBe(true);
  });

  it('never validates an indicator that was not agreed first', () => {
    const others: ResponseStatus[] = RESPONSE_STATUSES.filter((s) => s !== 'agreed' && s !== 'validated');
    for (const from of others) expect(canMoveStatus(from, 'validated')).toBe(false);
    expect(canMoveStatus('not-started', 'agreed')).toBe(false);
  });

  it('requires a reason only once the group has agreed', () => {
    expect(RESPONSE_STATUSES.filter(changeNeedsReason)).toEqual(['agreed', 'validated']);
  });

  it('starts a draft on the first edit and leaves later statuses alone', () => {
    expect(statusAfterEdit('not-started')).toBe('draft');
    expect(statusAfterEdit('in-review')).toBe('in-review');
  });
});

describe('summaries', () => {
  it('counts each state and completeness by hand-worked example', () => {
    const responses = responseMap({
      A1: { answer: 'yes' },
      A2: { answer: 'partial' },
      A3: { notApplicable: true },
      B1: { answer: 'no' },
      // B2 has a response but no answer; B3 has none at all.
      B2: {},
    });
    const counts = countStates(catalogue.indicators, responses);
    expect(counts).toMatchObject({ developed: 1, partial: 1, gap: 1, 'not-applicable': 1, 'not-scored': 2, total: 6 });
    expect(counts.completeness).toBeCloseTo(4 / 6);
    const summary = summarizeAssessment(catalogue, responses);
    expect(summary.domains.map((d) => [d.id, d.counts.developed, d.counts['not-scored']])).toEqual([
      ['D1', 1, 0],
      ['D2', 0, 2],
    ]);
    expect(summary.subdomains.map((s) => s.id)).toEqual(['D1.1', 'D2.1']);
  });

  it('gives zero completeness, not NaN, for an empty group', () => {
    expect(countStates([], new Map()).completeness).toBe(0);
  });
});
