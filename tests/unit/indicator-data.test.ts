import { describe, expect, it } from 'vitest';
import { realCatalogueSet } from './catalogue-fixtures';

/** Checks the shipped content in indicators/, not the code: what users read must be complete. */
const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('the bundled national MGI catalogue', () => {
  const set = realCatalogueSet();
  const national = set.catalogues.find((c) => c.frameworkId === 'mgi-national' && c.version === '1.0.0');

  it('loads without problems, with reference data', () => {
    expect(set.problems).toEqual([]);
    expect(national).toBeDefined();
    expect(set.reference?.gcmObjectives).toHaveLength(23);
    expect(set.reference?.sdg1072.domains).toHaveLength(6);
  });

  it('has 6 domains and exactly 90 indicators with unique ids', () => {
    expect(national?.domains).toHaveLength(6);
    expect(national?.indicators).toHaveLength(90);
    expect(new Set(national?.indicators.map((i) => i.id)).size).toBe(90);
  });

  it('has English and Arabic text for every field users read', () => {
    const texts = [
      national!.title,
      national!.description,
      ...national!.domains.flatMap((d) => [d.title, d.description]),
      ...national!.subdomains.map((s) => s.title),
      ...national!.indicators.flatMap((i) => [i.question, i.guidance, ...i.scale.options.flatMap((o) => [o.label, o.meaning])]),
    ];
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ar).toMatch(ARABIC_LETTER);
    }
  });

  it('links every GCM objective 1–23 to at least one indicator', () => {
    const linked = new Set(national!.indicators.flatMap((i) => i.gcmObjectives));
    expect([...linked].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('has a "not scored" state outside every answer scale', () => {
    for (const indicator of national!.indicators) {
      expect(indicator.scale.options.map((o) => o.value)).not.toContain('not-scored');
      expect(indicator.scale.options.map((o) => o.value)).not.toContain('not-applicable');
    }
  });
});
