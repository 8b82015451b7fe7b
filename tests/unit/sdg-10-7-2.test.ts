import { describe, expect, it } from 'vitest';
import type { AnswerScale, Catalogue, Indicator } from '@/domain/catalogue';
import type { Response } from '@/domain/assessment';
import type { SdgReading } from '@/domain/sdg-10-7-2';
import { categorize, categorizeRange, readSdg1072 } from '@/domain/sdg-10-7-2';
import { realCatalogueSet } from './catalogue-fixtures';
import { response } from './response-builders';

/**
 * The SDG 10.7.2 reading against cases worked by hand from the UN metadata: domain 1 coded
 * 1 / 0.5 / 0, domains 2–6 Yes = 1 / No = 0, thresholds 40 / 80 / 100, "Partially" read both ways.
 */

const { reference } = realCatalogueSet();
const method = reference!.sdg1072;
const categories = method.categories;
const text = (en: string) => ({ en, ar: en });

const option = (value: string, level: 'developed' | 'partial' | 'gap', sdgValue: number) => ({
  value,
  level,
  sdgValue,
  label: text(value),
  meaning: text(value),
});
const yesPartialNo: AnswerScale = {
  id: 'yes-partial-no',
  options: [option('yes', 'developed', 1), option('partial', 'partial', 0.5), option('no', 'gap', 0)],
};
const access: AnswerScale = {
  id: 'access-status',
  options: [option('all', 'developed', 1), option('regular-only', 'partial', 0.5), option('none', 'gap', 0)],
};

const SUBCATEGORIES = method.domains.flatMap((domain) => domain.subcategories.map((s) => s.id));

/** One indicator per official sub-category (id = the sub-category), plus `extra` indicators. */
function catalogue(level: 'national' | 'local' = 'national', extra: Partial<Indicator>[] = []): Catalogue {
  const indicator = (id: string, sdg: string[], scale: AnswerScale): Indicator => ({
    id,
    subdomainId: 'S',
    domainId: 'D',
    order: 0,
    scale,
    question: text(id),
    guidance: text(id),
    gcmObjectives: [],
    sdg1072: sdg,
    basis: 'inferred',
  });
  const indicators = SUBCATEGORIES.map((id) => indicator(id, [id], id.startsWith('1') ? access : yesPartialNo));
  for (const e of extra) indicators.push({ ...indicator(e.id ?? 'X', [...(e.sdg1072 ?? [])], e.scale ?? yesPartialNo), ...e });
  return {
    frameworkId: 't',
    version: '1.0.0',
    level,
    released: '2026-01-01',
    title: text('t'),
    description: text('t'),
    domains: [],
    subdomains: [],
    indicators,
    migrations: [],
  };
}

const YES: Record<string, string> = { '1': 'all' };
const NO: Record<string, string> = { '1': 'none' };
const yes = (id: string) => YES[id[0] ?? ''] ?? 'yes';
const no = (id: string) => NO[id[0] ?? ''] ?? 'no';

/** Every sub-category answered yes, except those given. */
function answers(overrides: Record<string, Partial<Response>> = {}, base: (id: string) => string = yes): Map<string, Response> {
  const map = new Map<string, Response>();
  for (const id of SUBCATEGORIES) map.set(id, response(id, { answer: base(id) }));
  for (const [id, changes] of Object.entries(overrides)) map.set(id, response(id, { answer: null, ...changes }));
  return map;
}

function national(reading: SdgReading) {
  if (reading.kind !== 'national') throw new Error('expected a national reading');
  return reading;
}

const domain = (reading: SdgReading, number: number) => national(reading).domains.find((d) => d.number === number)!;

describe('SDG 10.7.2 categories at the UN thresholds', () => {
  it.each([
    [0, 1],
    [39.99, 1],
    [40, 2],
    [79.99, 2],
    [80, 3],
    [99.99, 3],
    [100, 4],
  ])('%f%% is category %i', (percent, category) => {
    expect(categorize(percent, categories).category).toBe(category);
  });

  it('tolerates floating-point error just under a threshold', () => {
    // (0.1 + 0.7) * 100 is 79.99999999999999 in binary floating point, but means 80.
    expect(categorize((0.1 + 0.7) * 100, categories).category).toBe(3);
  });

  it('gives a range a category only when both ends agree', () => {
    expect(categorizeRange({ low: 40, high: 60 }, categories)?.category).toBe(2);
    expect(categorizeRange({ low: 60, high: 80 }, categories)).toBeNull();
    expect(categorizeRange({ low: 80, high: 99.99 }, categories)?.category).toBe(3);
    expect(categorizeRange({ low: 80, high: 100 }, categories)).toBeNull();
    expect(categorizeRange({ low: 39.99, high: 39.99 }, categories)?.category).toBe(1);
  });
});

describe('reading an assessment through the official method (hand-worked)', () => {
  it('codes domain 1 as 1 / 0.5 / 0: all, regular only, none → 40% partially meets', () => {
    // 1a all 1, 1b regular-only 0.5, 1c none 0, 1d regular-only 0.5, 1e none 0 → 2/5 = 40%.
    const reading = readSdg1072(
      method,
      catalogue(),
      answers({ '1b': { answer: 'regular-only' }, '1c': { answer: 'none' }, '1d': { answer: 'regular-only' }, '1e': { answer: 'none' } }),
    );
    expect(domain(reading, 1).subcategories.map((s) => s.value?.low)).toEqual([1, 0.5, 0, 0.5, 0]);
    expect(domain(reading, 1).percent).toEqual({ low: 40, high: 40 });
    expect(domain(reading, 1).category?.category).toBe(2);
  });

  it('codes domains 2–6 Yes = 1, No = 0: four yes and one no is 80%, meets', () => {
    const reading = readSdg1072(method, catalogue(), answers({ '2e': { answer: 'no' } }));
    expect(domain(reading, 2).percent).toEqual({ low: 80, high: 80 });
    expect(domain(reading, 2).category?.category).toBe(3);
    expect(domain(reading, 3).percent).toEqual({ low: 100, high: 100 });
    expect(domain(reading, 3).category?.category).toBe(4);
  });

  it('shows "Partially" as a range counted as 0 and as 1, with no category when the ends disagree', () => {
    // 3 yes, 1 partial, 1 no → 60% to 80%: partially meets at one end, meets at the other.
    const reading = readSdg1072(method, catalogue(), answers({ '4a': { answer: 'partial' }, '4b': { answer: 'no' } }));
    expect(domain(reading, 4).subcategories[0]?.value).toEqual({ low: 0, high: 1 });
    expect(domain(reading, 4).percent).toEqual({ low: 60, high: 80 });
    expect(domain(reading, 4).category).toBeNull();
  });

  it('keeps the category of a range whose ends agree', () => {
    // 2 yes, 1 partial, 2 no → 40% to 60%: partially meets either way.
    const reading = readSdg1072(
      method,
      catalogue(),
      answers({ '5a': { answer: 'partial' }, '5b': { answer: 'no' }, '5c': { answer: 'no' } }),
    );
    expect(domain(reading, 5).percent).toEqual({ low: 40, high: 60 });
    expect(domain(reading, 5).category?.category).toBe(2);
  });

  it('never produces 0.25 or 0.75: a sub-category with two indicators is met only when both are', () => {
    const cat = catalogue('national', [{ id: '3e-second', sdg1072: ['3e'] }]);
    const yesPartial = readSdg1072(method, cat, answers({ '3e-second': { answer: 'partial' } }));
    expect(domain(yesPartial, 3).subcategories[4]?.value).toEqual({ low: 0, high: 1 });
    const yesNo = readSdg1072(method, cat, answers({ '3e-second': { answer: 'no' } }));
    expect(domain(yesNo, 3).subcategories[4]?.value).toEqual({ low: 0, high: 0 });
    expect(domain(yesNo, 3).percent).toEqual({ low: 80, high: 80 });
  });

  it('leaves a half-answered sub-category missing, so no false "Fully meets"', () => {
    const cat = catalogue('national', [{ id: '6e-second', sdg1072: ['6e'] }]);
    const reading = readSdg1072(method, cat, answers({ '6e-second': { answer: null } }));
    const sub = domain(reading, 6).subcategories[4]!;
    expect(sub.state).toBe('missing');
    expect(sub.unansweredIds).toEqual(['6e-second']);
    expect(domain(reading, 6).percent).toBeNull();
    expect(domain(reading, 6).category).toBeNull();
    expect(national(reading).overall).toBeNull();
  });

  it('skips a not-applicable indicator beside an answered one, and withholds a sub-category where all are not applicable', () => {
    const cat = catalogue('national', [{ id: '6e-second', sdg1072: ['6e'] }]);
    const oneNa = readSdg1072(method, cat, answers({ '6e-second': { answer: 'no', notApplicable: true } }));
    expect(domain(oneNa, 6).subcategories[4]?.value).toEqual({ low: 1, high: 1 });
    expect(domain(oneNa, 6).category?.category).toBe(4);
    const allNa = readSdg1072(method, cat, answers({ '6e': { notApplicable: true }, '6e-second': { notApplicable: true } }));
    expect(domain(allNa, 6).subcategories[4]?.state).toBe('not-applicable');
    expect(domain(allNa, 6).percent).toBeNull();
    expect(national(allNa).overall).toBeNull();
  });

  it('gives the overall value as the mean of the 30 sub-categories once all are present', () => {
    // 12 yes of 30 → exactly 40% → partially meets.
    const twelve = new Set(SUBCATEGORIES.slice(0, 12));
    const reading = readSdg1072(
      method,
      catalogue(),
      answers({}, (id) => (twelve.has(id) ? yes(id) : no(id))),
    );
    expect(national(reading).overall?.percent).toEqual({ low: 40, high: 40 });
    expect(national(reading).overall?.category?.category).toBe(2);
    // Everything yes except 1a regular-only: 29.5 / 30 = 98.33% → meets, not fully meets.
    const almost = readSdg1072(method, catalogue(), answers({ '1a': { answer: 'regular-only' } }));
    expect(national(almost).overall?.percent.low).toBeCloseTo(98.333, 2);
    expect(national(almost).overall?.category?.category).toBe(3);
    // All yes → 100% → fully meets; one partial in domain 6 → 96.67–100%, no category.
    expect(national(readSdg1072(method, catalogue(), answers())).overall?.category?.category).toBe(4);
    const partial = national(readSdg1072(method, catalogue(), answers({ '6d': { answer: 'partial' } }))).overall!;
    expect(partial.percent.low).toBeCloseTo(96.667, 2);
    expect(partial.percent.high).toBe(100);
    expect(partial.category).toBeNull();
  });

  it('24 of 30 yes is exactly 80% overall (meets), 23 is 76.67% (partially meets)', () => {
    const read = (count: number) => {
      const chosen = new Set(SUBCATEGORIES.slice(0, count));
      return national(
        readSdg1072(
          method,
          catalogue(),
          answers({}, (id) => (chosen.has(id) ? yes(id) : no(id))),
        ),
      ).overall!;
    };
    expect(read(24).category?.category).toBe(3);
    expect(read(23).category?.category).toBe(2);
  });

  it('gives no reading for a local assessment', () => {
    expect(readSdg1072(method, catalogue('local'), answers()).kind).toBe('local');
  });

  it('titles sub-category 1c "Equal pay for equal work" in English and Arabic', () => {
    const c1 = method.domains[0]?.subcategories.find((s) => s.id === '1c');
    expect(c1?.title).toEqual({ en: 'Equal pay for equal work', ar: 'الأجر المتساوي عن العمل المتساوي' });
  });

  it('maps every one of the 30 official sub-categories to at least one indicator of each national catalogue', () => {
    for (const national of realCatalogueSet().catalogues.filter((c) => c.level === 'national')) {
      const reading = readSdg1072(method, national, new Map());
      const subcategories = reading.kind === 'national' ? reading.domains.flatMap((r) => r.subcategories) : [];
      expect(subcategories).toHaveLength(30);
      expect(subcategories.filter((s) => s.indicatorIds.length === 0).map((s) => s.id)).toEqual([]);
    }
  });
});
