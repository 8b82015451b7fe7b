import { describe, expect, it } from 'vitest';
import { computeProfile } from '@/domain/profile';
import { compareRounds } from '@/domain/round-comparison';
import { fixtureCatalogue, fixtureCatalogues } from './catalogue-fixtures';
import { responseMap } from './response-builders';

const v100 = fixtureCatalogue('1.0.0');
const v110 = fixtureCatalogue('1.1.0');
const all = fixtureCatalogues();

describe('comparing rounds', () => {
  it('compares a follow-up with its baseline on the same catalogue', () => {
    const previous = {
      catalogue: v100,
      responses: responseMap({ A1: { answer: 'no' }, A2: { answer: 'yes' }, A3: { answer: 'partial' }, B1: { notApplicable: true } }),
    };
    const current = {
      catalogue: v100,
      responses: responseMap({ A1: { answer: 'partial' }, A2: { answer: 'no' }, A3: { answer: 'partial' }, B1: { answer: 'yes' } }),
    };
    const comparison = compareRounds(previous, current, all);
    const byId = Object.fromEntries(comparison.changes.map((c) => [c.indicatorId, c.direction]));
    expect(byId).toEqual({
      A1: 'improved',
      A2: 'declined',
      A3: 'unchanged',
      B1: 'not-comparable',
      B2: 'not-comparable',
      B3: 'not-comparable',
    });
    expect(comparison.catalogueChanged).toBe(false);
    expect(comparison.domains).toEqual([
      { domainId: 'D1', improved: 1, declined: 1, unchanged: 1, notComparable: 0 },
      { domainId: 'D2', improved: 0, declined: 0, unchanged: 0, notComparable: 3 },
    ]);
  });

  it('follows the migration map across catalogue versions and flags comparability (hand-worked)', () => {
    // 1.0.0 → 1.1.0: A1 reworded, A2 renamed A2x, B1 split into B1a and B1b, B3 removed, B4 added.
    const previous = {
      catalogue: v100,
      responses: responseMap({ A1: { answer: 'no' }, A2: { answer: 'partial' }, B1: { answer: 'no' }, B3: { answer: 'yes' } }),
    };
    const current = {
      catalogue: v110,
      responses: responseMap({
        A1: { answer: 'yes' },
        A2x: { answer: 'partial' },
        B1a: { answer: 'yes' },
        B1b: { answer: 'no' },
        B4: { answer: 'yes' },
      }),
    };
    const comparison = compareRounds(previous, current, all);
    const byId = Object.fromEntries(
      comparison.changes.map((c) => [c.indicatorId, [c.previousIndicatorIds.join('+'), c.comparability, c.direction]]),
    );
    expect(byId).toEqual({
      A1: ['A1', 'reworded', 'improved'],
      A2x: ['A2', 'renamed', 'unchanged'],
      A3: ['A3', 'same', 'not-comparable'], // scored in neither round
      // A part of a split answers only part of the old question: never improved or declined.
      B1a: ['B1', 'split', 'not-comparable'],
      B1b: ['B1', 'split', 'not-comparable'],
      B2: ['B2', 'same', 'not-comparable'],
      B4: ['', 'added', 'not-comparable'],
    });
    expect(comparison.catalogueChanged).toBe(true);
  });

  it('marks an indicator merged from two earlier ones as not comparable', () => {
    const v120 = fixtureCatalogue('1.2.0');
    const previous = { catalogue: v110, responses: responseMap({ A2x: { answer: 'no' }, A3: { answer: 'no' } }) };
    const current = { catalogue: v120, responses: responseMap({ A23: { answer: 'yes' } }) };
    const merged = compareRounds(previous, current, all).changes.find((c) => c.indicatorId === 'A23');
    expect(merged).toMatchObject({
      previousIndicatorIds: ['A2x', 'A3'],
      comparability: 'merged',
      direction: 'not-comparable',
      previousState: null,
    });
  });
});

describe('the profile model', () => {
  it('combines summary, findings, GCM coverage and comparison, and reports an impossible comparison', () => {
    const responses = [...responseMap({ A1: { answer: 'yes' }, B1: { answer: 'no' } }).values()];
    const profile = computeProfile({
      catalogue: v100,
      responses,
      reference: null,
      previous: { catalogue: v110, responses: [] },
      catalogueVersions: all,
    });
    expect(profile.summary.overall).toMatchObject({ developed: 1, gap: 1, 'not-scored': 4 });
    expect(profile.findings.findings.map((f) => f.id)).toEqual(['well-developed:D1.1', 'potential:D2.1']);
    expect(profile.sdg).toBeNull();
    expect(profile.comparison).toBeNull();
    expect(profile.comparisonError).toMatch(/No migration path/);
  });
});
