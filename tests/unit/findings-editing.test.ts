import { describe, expect, it } from 'vitest';
import { applyEditing, deriveFindings, NO_EDITING } from '@/domain/profile-findings';
import { bilingual, EMPTY_BILINGUAL, fromSingle } from '@/domain/bilingual-text';
import { emptyProfileDraft, profileDraftProblems } from '@/domain/profile-draft';
import {
  addFinding,
  annotate,
  discardOverride,
  moveWithinGroup,
  removeAdded,
  reword,
  setHidden,
  withOrder,
} from '@/domain/findings-editing';
import { fixtureCatalogue } from './catalogue-fixtures';
import { responseMap } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
// D1.1: A1 yes, A2 partial, A3 yes · D2.1: B1 no, B2 yes.
const derived = deriveFindings(
  catalogue,
  responseMap({ A1: { answer: 'yes' }, A2: { answer: 'partial' }, A3: { answer: 'yes' }, B1: { answer: 'no' }, B2: { answer: 'yes' } }),
);
const added = {
  id: 'added:1',
  kind: 'well-developed' as const,
  domainId: 'D1',
  indicatorIds: ['A2'],
  text: bilingual('Schooling improving', 'تحسن التعليم'),
  note: '',
};

describe('the researcher editing findings from the screen', () => {
  it('moves a line within its own domain and kind, never across groups', () => {
    const editing = addFinding(NO_EDITING, added);
    const visible = applyEditing(derived, editing).findings;
    // Visible: wd:D1.1, potential:D1.1, wd:D2.1, potential:D2.1, added:1 (D1 well developed).
    expect(moveWithinGroup(visible, 'added:1', -1)).toEqual([
      'added:1',
      'potential:D1.1',
      'well-developed:D2.1',
      'potential:D2.1',
      'well-developed:D1.1',
    ]);
    // potential:D1.1 is alone in its group: nowhere to go.
    expect(moveWithinGroup(visible, 'potential:D1.1', 1)).toEqual(visible.map((f) => f.id));
    const reordered = applyEditing(derived, withOrder(editing, moveWithinGroup(visible, 'added:1', -1))).findings;
    expect(reordered.filter((f) => f.domainId === 'D1' && f.kind === 'well-developed').map((f) => f.id)).toEqual([
      'added:1',
      'well-developed:D1.1',
    ]);
  });

  it('rewords and annotates derived and added lines; empty wording returns to the derived one', () => {
    let editing = reword(NO_EDITING, 'potential:D2.1', fromSingle('No agency yet'), { B1: 'gap' });
    editing = annotate(editing, 'potential:D2.1', 'bill pending');
    editing = annotate(addFinding(editing, added), 'added:1', 'from interviews');
    let applied = applyEditing(derived, editing).findings;
    expect(applied.find((f) => f.id === 'potential:D2.1')).toMatchObject({
      text: { en: 'No agency yet' },
      note: 'bill pending',
      indicatorIds: ['B1'],
    });
    expect(applied.find((f) => f.id === 'added:1')).toMatchObject({ note: 'from interviews', indicatorIds: ['A2'] });
    applied = applyEditing(derived, reword(editing, 'potential:D2.1', { ...EMPTY_BILINGUAL, en: ' ' }, {})).findings;
    expect(applied.find((f) => f.id === 'potential:D2.1')).toMatchObject({
      text: derived.find((f) => f.id === 'potential:D2.1')?.text,
      edited: false,
    });
  });

  it('hides and restores a line, removes an added one, and discards edits of a vanished line', () => {
    const hidden = setHidden(NO_EDITING, 'well-developed:D2.1', true);
    expect(applyEditing(derived, hidden).hidden.map((f) => f.id)).toEqual(['well-developed:D2.1']);
    expect(applyEditing(derived, setHidden(hidden, 'well-developed:D2.1', false)).hidden).toEqual([]);
    const withAdded = withOrder(addFinding(NO_EDITING, added), ['added:1']);
    expect(removeAdded(withAdded, 'added:1')).toEqual({ order: [], overrides: {}, added: [] });
    const orphan = annotate(NO_EDITING, 'potential:D9.9', 'x');
    expect(applyEditing(derived, orphan).orphanedOverrides).toEqual(['potential:D9.9']);
    expect(applyEditing(derived, discardOverride(orphan, 'potential:D9.9')).orphanedOverrides).toEqual([]);
  });
});

describe('problems in a profile draft', () => {
  const draft = emptyProfileDraft('a1', '2026-01-01T00:00:00.000Z');

  it('checks key figures only once something is typed in them', () => {
    const blank = { id: 'k1', label: EMPTY_BILINGUAL, value: EMPTY_BILINGUAL, year: '', source: EMPTY_BILINGUAL };
    expect(profileDraftProblems({ ...draft, keyData: [blank] })).toEqual([]);
    expect(profileDraftProblems({ ...draft, keyData: [{ ...blank, year: '2025' }] }).map((p) => p.code)).toEqual([
      'key-data-label-missing',
      'key-data-value-missing',
    ]);
    expect(profileDraftProblems({ ...draft, keyData: [{ ...blank, label: fromSingle('x'), value: fromSingle('1'), year: '25' }] })).toEqual(
      [{ code: 'key-data-year-invalid', where: 'k1' }],
    );
    expect(
      profileDraftProblems({ ...draft, keyData: [{ ...blank, label: fromSingle('x'), value: fromSingle('1'), year: '2020-2024' }] }),
    ).toEqual([]);
  });

  it('flags a priority without a title and an oversized section', () => {
    const priorities = [{ id: 'p1', title: EMPTY_BILINGUAL, text: fromSingle('text') }];
    expect(profileDraftProblems({ ...draft, priorities })).toEqual([{ code: 'priority-title-missing', where: 'p1' }]);
    expect(profileDraftProblems({ ...draft, introduction: fromSingle('x'.repeat(20_001)) })).toEqual([
      { code: 'text-too-long', where: 'introduction' },
    ]);
  });
});
