import { describe, expect, it } from 'vitest';
import { diffFields, diffMemberAnswers, historyEntries, newestFirst, sameValue } from '@/domain/history';
import type { HistoryEntry } from '@/domain/assessment';
import { response } from './response-builders';

describe('history: what changed', () => {
  it('compares plain values and small objects structurally', () => {
    expect(sameValue('a', 'a')).toBe(true);
    expect(sameValue(null, '')).toBe(false);
    expect(sameValue({ answer: 'yes', note: '' }, { note: '', answer: 'yes' })).toBe(true);
    expect(sameValue({ answer: 'yes' }, { answer: 'no' })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('lists only the fields that differ, with before and after', () => {
    const before = response('D1.1.1', { answer: 'yes', justification: 'Old' });
    const after = { ...before, answer: 'no', justification: 'Old', confidence: 'high' as const };
    expect(diffFields(before, after, ['answer', 'justification', 'confidence'])).toEqual([
      { field: 'answer', before: 'yes', after: 'no' },
      { field: 'confidence', before: null, after: 'high' },
    ]);
  });

  it('records one change per member whose own answer was added, changed or withdrawn', () => {
    const a = { answer: 'yes', note: '', at: 't1' };
    const b = { answer: 'no', note: '', at: 't2' };
    expect(diffMemberAnswers({ m1: a, m2: a }, { m2: b, m3: a })).toEqual([
      { field: 'memberAnswers.m1', before: a, after: null },
      { field: 'memberAnswers.m2', before: a, after: b },
      { field: 'memberAnswers.m3', before: null, after: a },
    ]);
  });

  it('stamps every entry of one change with the same who, when and trimmed reason', () => {
    let n = 0;
    const entries = historyEntries(
      [
        { field: 'answer', before: null, after: 'yes' },
        { field: 'status', before: 'not-started', after: 'draft' },
      ],
      {
        assessmentId: 'a1',
        indicatorId: 'D1.1.1',
        entity: 'response',
        entityId: 'a1:D1.1.1',
        memberId: 'm1',
        reason: '  new law  ',
        at: '2026-01-02T00:00:00.000Z',
      },
      () => `h${++n}`,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        id: 'h1',
        field: 'answer',
        before: null,
        after: 'yes',
        memberId: 'm1',
        reason: 'new law',
        at: '2026-01-02T00:00:00.000Z',
      }),
      expect.objectContaining({
        id: 'h2',
        field: 'status',
        before: 'not-started',
        after: 'draft',
        entity: 'response',
        entityId: 'a1:D1.1.1',
      }),
    ]);
  });

  it('sorts newest first by store sequence', () => {
    const entry = (seq: number): HistoryEntry => ({
      seq,
      id: `h${seq}`,
      assessmentId: 'a',
      indicatorId: null,
      entity: 'response',
      entityId: 'x',
      field: 'f',
      before: null,
      after: null,
      reason: '',
      memberId: null,
      at: '2026-01-01',
    });
    expect(newestFirst([entry(1), entry(3), entry(2)]).map((e) => e.seq)).toEqual([3, 2, 1]);
  });
});
