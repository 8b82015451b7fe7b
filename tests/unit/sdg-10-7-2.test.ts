import { describe, expect, it } from 'vitest';
import type { Sdg1072Method } from '@/domain/reference-data';
import { categorize, readSdg1072 } from '@/domain/sdg-10-7-2';
import { fixtureCatalogue, realCatalogueSet } from './catalogue-fixtures';
import { responseMap } from './response-builders';

const label = (en: string) => ({ en, ar: en });
const categories = [
  { category: 1, minInclusive: 0, label: label('Requires further progress') },
  { category: 2, minInclusive: 40, label: label('Partially meets') },
  { category: 3, minInclusive: 80, label: label('Meets') },
  { category: 4, minInclusive: 100, label: label('Fully meets') },
];

describe('SDG 10.7.2 categories', () => {
  it('applies the UN thresholds at their exact boundaries', () => {
    expect(categorize(0, categories).category).toBe(1);
    expect(categorize(39.99, categories).category).toBe(1);
    expect(categorize(40, categories).category).toBe(2);
    expect(categorize(79.99, categories).category).toBe(2);
    expect(categorize(80, categories).category).toBe(3);
    expect(categorize(99.99, categories).category).toBe(3);
    expect(categorize(100, categories).category).toBe(4);
  });

  it('tolerates floating-point error just under a threshold', () => {
    // (0.1 + 0.7) * 100 is 79.99999999999999 in binary floating point, but means 80.
    expect(categorize((0.1 + 0.7) * 100, categories).category).toBe(3);
  });
});

describe('reading an assessment through the 10.7.2 lens', () => {
  const catalogue = fixtureCatalogue('1.0.0');
  const method: Sdg1072Method = {
    title: label('10.7.2'),
    note: label('indicative'),
    categories,
    domains: [
      { number: 1, code: 'PD_1', title: label('Rights'), question: label('q'), subcategories: ['1a', '1b', '1c'].map((id) => ({ id, title: label(id) })) },
      { number: 2, code: 'PD_2', title: label('Gov'), question: label('q'), subcategories: ['2a', '2e'].map((id) => ({ id, title: label(id) })) },
    ],
  };

  it('computes a domain from the mean of its sub-categories (hand-worked)', () => {
    // 1a yes (1), 1b partial (0.5), 1c no (0) → (1 + 0.5 + 0) / 3 = 50% → Partially meets.
    const readings = readSdg1072(method, catalogue, responseMap({ A1: { answer: 'yes' }, A2: { answer: 'partial' }, A3: { answer: 'no' } }));
    expect(readings[0]?.percent).toBeCloseTo(50);
    expect(readings[0]?.category?.category).toBe(2);
    expect(readings[0]?.subcategories.map((s) => s.value)).toEqual([1, 0.5, 0]);
  });

  it('withholds a domain value while a sub-category has nothing scored or only n/a', () => {
    const readings = readSdg1072(method, catalogue, responseMap({ B1: { answer: 'yes' }, B2: { answer: 'yes', notApplicable: true } }));
    expect(readings[1]?.subcategories.map((s) => s.value)).toEqual([1, null]);
    expect(readings[1]?.percent).toBeNull();
    expect(readings[1]?.category).toBeNull();
  });

  it('maps every one of the 30 official sub-categories to at least one national indicator', () => {
    const { catalogues, reference } = realCatalogueSet();
    const national = catalogues.find((c) => c.frameworkId === 'mgi-national');
    expect(reference).not.toBeNull();
    const readings = readSdg1072(reference!.sdg1072, national!, new Map());
    const subcategories = readings.flatMap((r) => r.subcategories);
    expect(subcategories).toHaveLength(30);
    expect(subcategories.filter((s) => s.indicatorIds.length === 0).map((s) => s.id)).toEqual([]);
  });
});
