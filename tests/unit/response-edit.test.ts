import { describe, expect, it } from 'vitest';
import type { ResponseStatus } from '@/domain/assessment';
import { RESPONSE_STATUSES } from '@/domain/assessment';
import type { ResponseEdit } from '@/domain/response-edit';
import { applyResponseEdit, undoEdit } from '@/domain/response-edit';
import { allowedStatusMoves, canMoveStatus } from '@/domain/scoring';
import { response } from './response-builders';

const AT = '2026-02-01T10:00:00.000Z';
function edit(changes: Partial<ResponseEdit>): ResponseEdit {
  return { patch: {}, base: {}, memberId: 'm1', reason: '', at: AT, allowedAnswers: ['yes', 'partly', 'no'], ...changes };
}

describe('editing a response', () => {
  it('answers an untouched indicator: it becomes a draft, the revision goes up, both changes are recorded', () => {
    const outcome = applyResponseEdit(response('D1.1.1'), edit({ patch: { answer: 'yes' }, base: { answer: null } }));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.next).toMatchObject({ answer: 'yes', status: 'draft', revision: 1, updatedAt: AT, updatedBy: 'm1' });
    expect(outcome.changes).toEqual([
      { field: 'answer', before: null, after: 'yes' },
      { field: 'status', before: 'not-started', after: 'draft' },
    ]);
  });

  it('writes nothing when nothing changes', () => {
    const current = response('D1.1.1', { answer: 'yes', status: 'draft', revision: 4 });
    const outcome = applyResponseEdit(current, edit({ patch: { answer: 'yes' }, base: { answer: 'yes' } }));
    expect(outcome).toEqual({ ok: true, next: current, changes: [] });
  });

  it('refuses an answer the scale does not have', () => {
    const outcome = applyResponseEdit(response('D1.1.1'), edit({ patch: { answer: 'maybe' }, base: { answer: null } }));
    expect(outcome).toEqual({ ok: false, refusal: { code: 'invalid-answer' } });
  });

  it('marking not applicable clears the answer, and answering clears not applicable', () => {
    const answered = response('D1.1.1', { answer: 'no', status: 'draft' });
    const na = applyResponseEdit(answered, edit({ patch: { notApplicable: true }, base: { notApplicable: false } }));
    expect(na.ok && na.next).toMatchObject({ answer: null, notApplicable: true });
    const back = applyResponseEdit(
      response('D1.1.1', { notApplicable: true, status: 'draft' }),
      edit({ patch: { answer: 'yes' }, base: { answer: null } }),
    );
    expect(back.ok && back.next).toMatchObject({ answer: 'yes', notApplicable: false });
  });

  it('does not silently overwrite a field someone else changed since the editor read it', () => {
    const current = response('D1.1.1', { justification: 'Their newer text', revision: 3, status: 'draft' });
    const outcome = applyResponseEdit(current, edit({ patch: { justification: 'My text' }, base: { justification: 'Original' } }));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.refusal).toMatchObject({ code: 'conflict', fields: ['justification'], current });
  });

  it('merges edits of different fields made from an older revision', () => {
    const current = response('D1.1.1', { justification: 'Changed in the other tab', revision: 3, status: 'draft' });
    const outcome = applyResponseEdit(current, edit({ patch: { confidence: 'high' }, base: { confidence: null } }));
    expect(outcome.ok && outcome.next).toMatchObject({ confidence: 'high', justification: 'Changed in the other tab', revision: 4 });
  });

  it('treats a concurrent identical change as no conflict', () => {
    const current = response('D1.1.1', { answer: 'yes', status: 'draft', revision: 2 });
    expect(applyResponseEdit(current, edit({ patch: { answer: 'yes' }, base: { answer: null } })).ok).toBe(true);
  });

  it('detects a conflict on a member’s own answer', () => {
    const theirs = { answer: 'no', note: '', at: 't' };
    const current = response('D1.1.1', { memberAnswers: { m2: theirs }, status: 'draft' });
    const outcome = applyResponseEdit(
      current,
      edit({ memberAnswer: { memberId: 'm2', value: { answer: 'yes', note: '', at: AT }, base: null } }),
    );
    expect(!outcome.ok && outcome.refusal.code).toBe('conflict');
  });

  it('records a member’s own answer as its own history field', () => {
    const value = { answer: 'partly', note: 'Only some groups', at: AT };
    const outcome = applyResponseEdit(
      response('D1.1.1', { status: 'draft' }),
      edit({ memberAnswer: { memberId: 'm1', value, base: null } }),
    );
    expect(outcome.ok && outcome.changes).toEqual([{ field: 'memberAnswers.m1', before: null, after: value }]);
  });
});

describe('status workflow', () => {
  it('allows only the documented moves', () => {
    expect(allowedStatusMoves('not-started')).toEqual(['draft']);
    expect(canMoveStatus('draft', 'in-review')).toBe(true);
    expect(canMoveStatus('in-review', 'validated')).toBe(false);
    expect(canMoveStatus('validated', 'agreed')).toBe(true);
    expect(canMoveStatus('not-started', 'agreed')).toBe(false);
  });

  it('refuses a move the workflow does not allow', () => {
    const outcome = applyResponseEdit(
      response('D1.1.1', { status: 'in-review' }),
      edit({ patch: { status: 'validated' }, base: { status: 'in-review' } }),
    );
    expect(outcome).toEqual({ ok: false, refusal: { code: 'invalid-status-move', from: 'in-review', to: 'validated' } });
  });

  it('lets an untouched indicator be answered and agreed in one step (it passes through draft)', () => {
    const outcome = applyResponseEdit(
      response('D1.1.1'),
      edit({ patch: { answer: 'yes', status: 'agreed' }, base: { answer: null, status: 'not-started' } }),
    );
    expect(outcome.ok && outcome.next.status).toBe('agreed');
  });

  it('but does not let an untouched indicator be agreed without content', () => {
    const outcome = applyResponseEdit(response('D1.1.1'), edit({ patch: { status: 'agreed' }, base: { status: 'not-started' } }));
    expect(!outcome.ok && outcome.refusal.code).toBe('invalid-status-move');
  });

  it.each(RESPONSE_STATUSES.filter((s) => s === 'agreed' || s === 'validated'))(
    'requires a reason for any change once %s',
    (status: ResponseStatus) => {
      const current = response('D1.1.1', { answer: 'yes', status, revision: 5 });
      const without = applyResponseEdit(current, edit({ patch: { justification: 'More detail' }, base: { justification: '' } }));
      expect(without).toEqual({ ok: false, refusal: { code: 'reason-required' } });
      const withReason = applyResponseEdit(
        current,
        edit({ patch: { justification: 'More detail' }, base: { justification: '' }, reason: 'New decree published' }),
      );
      expect(withReason.ok && withReason.next).toMatchObject({ justification: 'More detail', status, revision: 6 });
    },
  );

  it('does not require a reason before agreement', () => {
    const current = response('D1.1.1', { answer: 'yes', status: 'in-review' });
    expect(applyResponseEdit(current, edit({ patch: { status: 'agreed' }, base: { status: 'in-review' } })).ok).toBe(true);
  });
});

describe('undo', () => {
  it('reverts response fields and expects to find the values it wrote', () => {
    const { patch, base } = undoEdit([
      { field: 'answer', before: null, after: 'yes' },
      { field: 'status', before: 'not-started', after: 'draft' },
      { field: 'memberAnswers.m1', before: null, after: { answer: 'yes' } },
    ]);
    expect(patch).toEqual({ answer: null, status: 'not-started' });
    expect(base).toEqual({ answer: 'yes', status: 'draft' });
  });

  it('an undo applied to the edited response restores it', () => {
    const original = response('D1.1.1');
    const done = applyResponseEdit(original, edit({ patch: { answer: 'no' }, base: { answer: null } }));
    if (!done.ok) throw new Error('edit refused');
    const undone = applyResponseEdit(done.next, edit({ ...undoEdit(done.changes) }));
    expect(undone.ok && undone.next).toMatchObject({ answer: null, status: 'not-started', revision: 2 });
  });
});
