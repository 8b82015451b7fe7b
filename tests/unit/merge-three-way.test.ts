import { describe, expect, it } from 'vitest';
import { mergeBaseOf } from '@/domain/merge-base';
import { canonicalJson, fingerprint } from '@/domain/merge-canonical';
import { fieldConflictKey, mergeAssessment } from '@/domain/merge-three-way';
import { answered, bundle, LATER, source, withResponse } from './exchange-fixtures';

const options = { at: LATER, memberId: 'coordinator' };

describe('three-way merge of member copies', () => {
  const common = bundle({ responses: [answered('A1'), answered('A2', { justification: 'Law 12 of 2019' }), answered('A3')] });
  const base = mergeBaseOf(common);

  it('takes what only they changed, keeps what only I changed, and reports nothing else', () => {
    const mine = withResponse(common, answered('A1', { answer: 'partial', revision: 2 }));
    const theirs = withResponse(common, answered('A2', { justification: 'Law 12 of 2019, art. 4', revision: 2 }));
    const result = mergeAssessment(mine, theirs, base, options);
    expect(result.conflicts).toEqual([]);
    expect(result.delta.responses).toHaveLength(1);
    const a2 = result.delta.responses[0]!;
    expect(a2).toMatchObject({
      indicatorId: 'A2',
      justification: 'Law 12 of 2019, art. 4',
      revision: 3,
      updatedAt: LATER,
      updatedBy: 'coordinator',
    });
    expect(result.fieldChanges).toEqual([
      { indicatorId: 'A2', field: 'justification', before: 'Law 12 of 2019', after: 'Law 12 of 2019, art. 4' },
    ]);
  });

  it('reports a conflict when both changed the same field differently, and applies each resolution', () => {
    const mine = withResponse(common, answered('A1', { answer: 'partial', justification: 'mine', revision: 2 }));
    const theirs = withResponse(common, answered('A1', { answer: 'no', justification: 'theirs', revision: 4 }));
    const open = mergeAssessment(mine, theirs, base, options);
    expect(open.unresolved.map((c) => c.key)).toEqual([fieldConflictKey('A1', 'answer'), fieldConflictKey('A1', 'justification')]);
    expect(open.conflicts[0]).toMatchObject({ kind: 'field', mine: 'partial', theirs: 'no' });

    const resolved = mergeAssessment(mine, theirs, base, {
      ...options,
      resolutions: {
        [fieldConflictKey('A1', 'answer')]: { choice: 'theirs' },
        [fieldConflictKey('A1', 'justification')]: { choice: 'edit', value: 'mine + theirs' },
      },
    });
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.delta.responses[0]).toMatchObject({ answer: 'no', justification: 'mine + theirs', revision: 5 });

    const kept = mergeAssessment(mine, theirs, base, {
      ...options,
      resolutions: {
        [fieldConflictKey('A1', 'answer')]: { choice: 'mine' },
        [fieldConflictKey('A1', 'justification')]: { choice: 'mine' },
      },
    });
    expect(kept.delta.responses).toEqual([]);
  });

  it('does not call it a conflict when both made the same change', () => {
    const same = answered('A3', { answer: 'no', revision: 2 });
    const result = mergeAssessment(withResponse(common, same), withResponse(common, { ...same, revision: 7 }), base, options);
    expect(result.conflicts).toEqual([]);
    expect(result.changed).toBe(false);
  });

  it('without a base, fills only what I never filled and asks about the rest', () => {
    const mine = bundle({ responses: [answered('A1', { justification: 'mine' })] });
    const theirs = bundle({ responses: [answered('A1', { justification: 'theirs', dissent: 'Ministry B disagrees' }), answered('A4')] });
    const result = mergeAssessment(mine, theirs, null, options);
    expect(result.unresolved.map((c) => c.key)).toEqual([fieldConflictKey('A1', 'justification')]);
    const a1 = result.fieldChanges.filter((c) => c.indicatorId === 'A1').map((c) => c.field);
    expect(a1).toEqual(['dissent']);
    expect(result.delta.responses.find((r) => r.indicatorId === 'A4')).toMatchObject({ answer: 'yes', id: 'a1:A4', revision: 2 });
  });

  it('merges member answers per member, so two members answering never conflict', () => {
    const note = (answer: string) => ({ answer, note: '', at: LATER });
    const mine = withResponse(common, answered('A1', { memberAnswers: { m1: note('yes') } }));
    const theirs = withResponse(common, answered('A1', { memberAnswers: { m2: note('no') } }));
    const result = mergeAssessment(mine, theirs, base, options);
    expect(result.conflicts).toEqual([]);
    expect(result.delta.responses[0]?.memberAnswers).toEqual({ m1: note('yes'), m2: note('no') });
  });

  it('merges sources as records: additions from both sides, deletions only of untouched records, edits survive deletions', () => {
    const withSources = bundle({ ...common, sources: [source('s1'), source('s2'), source('s3')] });
    const sharedBase = mergeBaseOf(withSources);
    const mine = { ...withSources, sources: [source('s1', { title: 'Edited here' }), source('s3'), source('s4')] }; // deleted s2
    const theirs = { ...withSources, sources: [source('s2'), source('s3', { title: 'Edited there' }), source('s5')] }; // deleted s1
    const result = mergeAssessment(mine, theirs, sharedBase, options);
    expect(result.conflicts).toEqual([]);
    expect(result.delta.sources.map((s) => [s.id, s.title])).toEqual([
      ['s3', 'Edited there'],
      ['s5', 'Law s5'],
    ]);
    // s1 was edited here, so their deletion does not remove it; s2 I deleted and they left alone: stays deleted.
    expect(result.delta.deleted.sources).toEqual([]);
    const untouched = { ...withSources, sources: [source('s2'), source('s3')] };
    expect(mergeAssessment(withSources, untouched, sharedBase, options).delta.deleted.sources).toEqual(['s1']);
  });

  it('adds their history entries once, without their store sequence numbers', () => {
    const entry = {
      id: 'h1',
      assessmentId: 'a1',
      indicatorId: 'A1',
      entity: 'response' as const,
      entityId: 'a1:A1',
      field: 'answer',
      before: null,
      after: 'yes',
      reason: '',
      memberId: null,
      at: LATER,
      seq: 17,
    };
    const result = mergeAssessment(common, { ...common, history: [entry] }, base, options);
    expect(result.delta.history).toEqual([{ ...entry, seq: undefined }].map(({ seq: _seq, ...rest }) => rest));
    expect(mergeAssessment({ ...common, history: [entry] }, { ...common, history: [entry] }, base, options).changed).toBe(false);
  });

  it('ignores the assessment updatedAt, which moves with every save on both sides', () => {
    const mine = { ...common, assessment: { ...common.assessment, updatedAt: LATER } };
    const theirs = { ...common, assessment: { ...common.assessment, updatedAt: '2026-03-05T00:00:00.000Z' } };
    expect(mergeAssessment(mine, theirs, base, options).conflicts).toEqual([]);
    const validated = { ...common, assessment: { ...common.assessment, phase: 'validated' as const } };
    expect(mergeAssessment(common, validated, base, options).delta.assessment?.phase).toBe('validated');
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order and drops undefined like JSON.stringify', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
