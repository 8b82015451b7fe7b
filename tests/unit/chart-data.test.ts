import { describe, expect, it } from 'vitest';
import {
  changeRows,
  domainLevelRows,
  domainRadarRows,
  gcmLevelRows,
  profileChartData,
  sdgChartData,
  subdomainLevelRows,
} from '@/charts/chart-data';
import { computeProfile } from '@/domain/profile';
import type { ReferenceData } from '@/domain/reference-data';
import { fixtureCatalogue, fixtureCatalogues } from './catalogue-fixtures';
import { responseMap } from './response-builders';

const catalogue = fixtureCatalogue('1.0.0');
const label = (en: string) => ({ en, ar: `ع ${en}` });
// D1.1: A1 yes, A2 partial, A3 no · D2.1: B1 n/a, B2 yes, B3 not scored.
const responses = responseMap({
  A1: { answer: 'yes' },
  A2: { answer: 'partial' },
  A3: { answer: 'no' },
  B1: { notApplicable: true },
  B2: { answer: 'yes' },
});

const reference: ReferenceData = {
  gcmObjectives: Array.from({ length: 23 }, (_, i) => ({ number: i + 1, title: label(`Objective ${i + 1}`) })),
  sdg1072: {
    title: label('10.7.2'),
    note: label('indicative'),
    categories: [
      { category: 1, minInclusive: 0, label: label('Requires further progress') },
      { category: 2, minInclusive: 40, label: label('Partially meets') },
      { category: 3, minInclusive: 80, label: label('Meets') },
      { category: 4, minInclusive: 100, label: label('Fully meets') },
    ],
    domains: [
      {
        number: 1,
        code: 'PD_1',
        title: label('Rights'),
        question: label('q'),
        subcategories: ['1a', '1b', '1c'].map((id) => ({ id, title: label(id) })),
      },
      {
        number: 2,
        code: 'PD_2',
        title: label('Government'),
        question: label('q'),
        subcategories: ['2a', '2e'].map((id) => ({ id, title: label(id) })),
      },
    ],
  },
};

describe('answer levels per domain and sub-domain', () => {
  it('counts each level and keeps the indicators behind each count (hand-worked)', () => {
    const rows = domainLevelRows(catalogue, responses, 'en');
    expect(rows.map((r) => [r.id, r.name, r.counts])).toEqual([
      ['D1', 'Rights', { developed: 1, partial: 1, gap: 1, 'not-applicable': 0, 'not-scored': 0 }],
      ['D2', 'Government', { developed: 1, partial: 0, gap: 0, 'not-applicable': 1, 'not-scored': 1 }],
    ]);
    expect(rows[1]?.indicatorIds).toEqual({ developed: ['B2'], partial: [], gap: [], 'not-applicable': ['B1'], 'not-scored': ['B3'] });
    // D2: 2 of 3 answered or not applicable.
    expect(rows[1]?.completeness).toBeCloseTo(2 / 3);
    expect(rows[0]?.total).toBe(3);
  });

  it('names rows in the requested language and filters sub-domains by domain', () => {
    expect(domainLevelRows(catalogue, responses, 'ar')[0]?.name).toBe('الحقوق');
    expect(subdomainLevelRows(catalogue, responses, 'D2', 'en').map((r) => [r.id, r.name])).toEqual([['D2.1', 'Institutions']]);
    expect(subdomainLevelRows(catalogue, responses, null, 'en')).toHaveLength(2);
  });
});

describe('the six-domain overview', () => {
  it('shows shares of scored, applicable indicators, never a score over unanswered ones (hand-worked)', () => {
    const radar = domainRadarRows(domainLevelRows(catalogue, responses, 'en'));
    // D1: 1 of 3 developed = 33.3%; developed or partial 2 of 3 = 66.7%.
    expect(radar[0]).toMatchObject({ id: 'D1', developedPercent: 33.3, developedOrPartialPercent: 66.7, basis: 3 });
    // D2: only B2 is scored and applies → 100%, resting on one indicator.
    expect(radar[1]).toMatchObject({ id: 'D2', developedPercent: 100, developedOrPartialPercent: 100, basis: 1 });
  });

  it('draws a domain with nothing scored at zero with a basis of zero', () => {
    expect(domainRadarRows(domainLevelRows(catalogue, new Map(), 'en'))[0]).toMatchObject({ developedPercent: 0, basis: 0 });
  });
});

describe('GCM objectives coverage', () => {
  it('keeps only objectives some indicator touches, with their titles', () => {
    const model = computeProfile({ catalogue, responses: responses.values(), reference });
    const rows = gcmLevelRows(model, reference, 'en');
    // A1, A2 → 15; A3 → 6; B1, B3 → 23; B2 → 1.
    expect(rows.map((r) => r.label)).toEqual(['1', '6', '15', '23']);
    expect(rows.find((r) => r.label === '15')).toMatchObject({ name: 'Objective 15', counts: { developed: 1, partial: 1 }, total: 2 });
    expect(rows.find((r) => r.label === '23')?.indicatorIds).toMatchObject({ 'not-applicable': ['B1'], 'not-scored': ['B3'] });
  });
});

describe('indicative SDG 10.7.2 categories', () => {
  it('reads each domain with its UN category and lists the thresholds (hand-worked)', () => {
    const model = computeProfile({ catalogue, responses: responses.values(), reference });
    const data = sdgChartData(model, reference, 'en');
    // PD_1: 1a yes 1, 1b "Partially" (a yes/partial/no answer, not "regular migrants only") 0 or 1,
    // 1c no 0 → 33.3% to 66.7%: requires further progress at one end, partially meets at the other.
    expect(data?.rows[0]).toMatchObject({
      id: 'PD_1',
      percent: { low: 33.3, high: 66.7 },
      category: null,
      categoryLabel: null,
      indicatorIds: ['A1', 'A2', 'A3'],
    });
    // PD_2: 2a is B1, all its indicators not applicable, so the domain has no reading.
    expect(data?.rows[1]).toMatchObject({ id: 'PD_2', percent: null, category: null, categoryLabel: null });
    expect(data?.subcategories.find((s) => s.id === '2a')?.state).toBe('not-applicable');
    expect(data?.overall).toBeNull();
    expect(data?.thresholds).toEqual([
      { value: 40, category: 2, label: 'Partially meets' },
      { value: 80, category: 3, label: 'Meets' },
      { value: 100, category: 4, label: 'Fully meets' },
    ]);
  });

  it('gives no SDG chart without the reference data', () => {
    const model = computeProfile({ catalogue, responses: responses.values(), reference: null });
    expect(sdgChartData(model, null, 'en')).toBeNull();
  });
});

describe('change since the previous round', () => {
  it('counts directions per domain across a catalogue change, with the indicators (hand-worked)', () => {
    const v110 = fixtureCatalogue('1.1.0');
    const previous = responseMap({ A1: { answer: 'no' }, A2: { answer: 'partial' }, A3: { answer: 'yes' }, B1: { answer: 'no' } });
    const current = responseMap({
      A1: { answer: 'yes' },
      A2x: { answer: 'partial' },
      A3: { answer: 'no' },
      B1a: { answer: 'yes' },
      B4: { answer: 'yes' },
    });
    const model = computeProfile({
      catalogue: v110,
      responses: current.values(),
      reference: null,
      previous: { catalogue, responses: previous.values() },
      catalogueVersions: fixtureCatalogues(),
    });
    const rows = changeRows(model, v110, 'en');
    // A1 improved (reworded), A2x unchanged (renamed), A3 declined.
    expect(rows?.[0]).toMatchObject({ id: 'D1', counts: { improved: 1, unchanged: 1, declined: 1, 'not-comparable': 0 } });
    expect(rows?.[0]?.indicatorIds.unchanged).toEqual(['A2x']);
    // B1a and B1b split from B1 (not comparable); B2 scored in neither; B4 added.
    expect(rows?.[1]).toMatchObject({ id: 'D2', counts: { improved: 0, unchanged: 0, declined: 0, 'not-comparable': 4 } });
    expect(rows?.[1]?.indicatorIds['not-comparable']).toEqual(['B1a', 'B1b', 'B2', 'B4']);
  });

  it('has no change chart without a previous round', () => {
    const model = computeProfile({ catalogue, responses: responses.values(), reference });
    expect(profileChartData(model, catalogue, responses, reference, 'en').changes).toBeNull();
  });
});
