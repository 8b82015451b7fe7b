import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/domain/catalogue';
import { realCatalogueSet } from './catalogue-fixtures';

/** Checks the shipped content in indicators/, not the code: what users read must be complete. */
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const set = realCatalogueSet();

function shipped(frameworkId: string, version = '1.0.0'): Catalogue {
  const catalogue = set.catalogues.find((c) => c.frameworkId === frameworkId && c.version === version);
  if (!catalogue) throw new Error(`${frameworkId}@${version} is not shipped`);
  return catalogue;
}

it('loads every shipped file without problems, with reference data', () => {
  expect(set.problems).toEqual([]);
  expect(set.reference?.gcmObjectives).toHaveLength(23);
  expect(set.reference?.sdg1072.domains).toHaveLength(6);
});

describe.each([
  { frameworkId: 'mgi-national', version: '1.0.0', level: 'national', indicators: 90 },
  { frameworkId: 'mgi-local', version: '1.0.0', level: 'local', indicators: 87 },
  { frameworkId: 'mgi-national', version: '1.1.0', level: 'national', indicators: 93 },
  { frameworkId: 'mgi-local', version: '1.1.0', level: 'local', indicators: 87 },
])('the bundled $frameworkId $version catalogue', ({ frameworkId, version, level, indicators }) => {
  const catalogue = shipped(frameworkId, version);

  it(`has 6 domains and exactly ${indicators} indicators with unique ids`, () => {
    expect(catalogue.level).toBe(level);
    expect(catalogue.domains.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(catalogue.indicators).toHaveLength(indicators);
    expect(new Set(catalogue.indicators.map((i) => i.id)).size).toBe(indicators);
  });

  it('has English and Arabic text for every field users read', () => {
    const texts = [
      catalogue.title,
      catalogue.description,
      ...catalogue.domains.flatMap((d) => [d.title, d.description]),
      ...catalogue.subdomains.map((s) => s.title),
      ...catalogue.indicators.flatMap((i) => [i.question, i.guidance, ...i.scale.options.flatMap((o) => [o.label, o.meaning])]),
    ];
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ar).toMatch(ARABIC_LETTER);
    }
  });

  it('links every GCM objective 1–23 to at least one indicator', () => {
    const linked = new Set(catalogue.indicators.flatMap((i) => i.gcmObjectives));
    expect([...linked].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('keeps "not scored" and "not applicable" outside every answer scale', () => {
    for (const indicator of catalogue.indicators) {
      expect(indicator.scale.options.map((o) => o.value)).not.toContain('not-scored');
      expect(indicator.scale.options.map((o) => o.value)).not.toContain('not-applicable');
    }
  });
});
