import { describe, expect, it } from 'vitest';
import { applyEditing, deriveFindings, moveFinding, NO_EDITING } from '@/domain/profile-findings';
import { gcmCoverage } from '@/domain/gcm-coverage';
import { bilingual } from '@/domain/bilingual-text';
import { fixtureCatalogue } from './catalogue-fixtures';
import { responseMap } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
// D1.1: A1 yes, A2 partial, A3 n/a · D2.1: B1 no, B2 yes, B3 not scored.
const responses = responseMap({
  A1: { answer: 'yes' },
  A2: { answer: 'partial' },
  A3: { answer: 'yes', notApplicable: true },
  B1: { answer: 'no' },
  B2: { answer: 'yes' },
});

describe('deriving findings', () => {
  it('lists developed indicators as well developed and partial/gap ones as potential, per sub-domain', () => {
    expect(deriveFindings(catalogue, responses).map((f) => [f.id, f.indicatorIds])).toEqual([
      ['well-developed:D1.1', ['A1']],
      ['potential:D1.1', ['A2']],
      ['well-developed:D2.1', ['B2']],
      ['potential:D2.1', ['B1']],
    ]);
  });

  it('leaves not-applicable and not-scored indicators out of both lists', () => {
    const ids = deriveFindings(catalogue, responses).flatMap((f) => f.indicatorIds);
    expect(ids).not.toContain('A3');
    expect(ids).not.toContain('B3');
  });

  it('gives no findings before anything is scored', () => {
    expect(deriveFindings(catalogue, new Map())).toEqual([]);
  });
});

describe('the researcher editing findings', () => {
  const derived = deriveFindings(catalogue, responses);

  it('rewords, annotates, hides, adds and reorders lines while each keeps its indicators', () => {
    const applied = applyEditing(derived, {
      order: ['potential:D2.1', 'custom-1'],
      overrides: {
        'potential:D2.1': { text: bilingual('No migration agency yet', 'لا توجد وكالة للهجرة بعد'), note: 'Bill pending' },
        'potential:D1.1': { hidden: true },
      },
      added: [
        {
          id: 'custom-1',
          kind: 'well-developed',
          domainId: 'D1',
          indicatorIds: ['A1', 'A2'],
          text: bilingual('Access improving', 'تحسن الوصول'),
          note: '',
        },
      ],
    });
    expect(applied.findings.map((f) => f.id)).toEqual(['potential:D2.1', 'custom-1', 'well-developed:D1.1', 'well-developed:D2.1']);
    expect(applied.findings[0]).toMatchObject({ text: { en: 'No migration agency yet' }, note: 'Bill pending', indicatorIds: ['B1'] });
    expect(applied.findings[1]).toMatchObject({ derived: false, indicatorIds: ['A1', 'A2'] });
    expect(applied.hidden.map((f) => f.id)).toEqual(['potential:D1.1']);
    expect(applied.orphanedOverrides).toEqual([]);
  });

  it('keeps edits when answers change, and re-derives the indicators behind the line', () => {
    const editing = { order: [], overrides: { 'potential:D2.1': { note: 'check budget law' } }, added: [] };
    const changed = new Map(responses);
    changed.set('B3', { ...responses.get('B2')!, id: 'a1:B3', indicatorId: 'B3', answer: 'no' });
    const applied = applyEditing(deriveFindings(catalogue, changed), editing);
    expect(applied.findings.find((f) => f.id === 'potential:D2.1')).toMatchObject({ note: 'check budget law', indicatorIds: ['B1', 'B3'] });
  });

  it('reports an edit whose line disappeared because the answers improved', () => {
    const improved = responseMap({ A1: { answer: 'yes' }, A2: { answer: 'yes' } });
    const applied = applyEditing(deriveFindings(catalogue, improved), {
      order: [],
      overrides: { 'potential:D1.1': { note: 'x' } },
      added: [],
    });
    expect(applied.orphanedOverrides).toEqual(['potential:D1.1']);
  });

  it('moves a line up and down, and not past either end', () => {
    const visible = applyEditing(derived, NO_EDITING).findings;
    expect(moveFinding(visible, 'potential:D1.1', -1)).toEqual([
      'potential:D1.1',
      'well-developed:D1.1',
      'well-developed:D2.1',
      'potential:D2.1',
    ]);
    expect(moveFinding(visible, 'well-developed:D1.1', -1)).toEqual(visible.map((f) => f.id));
    expect(moveFinding(visible, 'potential:D2.1', 1)).toEqual(visible.map((f) => f.id));
  });
});

describe('GCM coverage', () => {
  it('lists, per objective, the indicators at each answer state', () => {
    const coverage = gcmCoverage(catalogue, responses);
    expect(coverage).toHaveLength(23);
    // Objective 15 is linked to A1 (yes) and A2 (partial); objective 23 to B1 (no) and B3 (not scored).
    expect(coverage[14]?.indicators).toMatchObject({ developed: ['A1'], partial: ['A2'], gap: [] });
    expect(coverage[22]?.indicators).toMatchObject({ gap: ['B1'], 'not-scored': ['B3'] });
    expect(coverage[1]?.total).toBe(0);
  });
});
