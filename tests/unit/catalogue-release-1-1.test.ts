import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/domain/catalogue';
import { linkIndicators } from '@/domain/catalogue-migration';
import { loadCatalogues } from '@/catalog/load-catalogues';
import { realCatalogueSet, realIndicatorFiles } from './catalogue-fixtures';

/** What catalogue release 1.1.0 must change, and keep, compared with 1.0.0 (issue 14). */
const set = realCatalogueSet();
const find = (frameworkId: string, version: string): Catalogue => {
  const catalogue = set.catalogues.find((c) => c.frameworkId === frameworkId && c.version === version);
  if (!catalogue) throw new Error(`${frameworkId}@${version} missing`);
  return catalogue;
};
const national100 = find('mgi-national', '1.0.0');
const national110 = find('mgi-national', '1.1.0');
const local100 = find('mgi-local', '1.0.0');
const local110 = find('mgi-local', '1.1.0');
const indicator = (catalogue: Catalogue, id: string) => {
  const found = catalogue.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`${id} missing from ${catalogue.frameworkId}@${catalogue.version}`);
  return found;
};
const arabicOf = (catalogue: Catalogue) =>
  JSON.stringify([
    catalogue.title,
    catalogue.description,
    catalogue.domains,
    catalogue.subdomains,
    catalogue.indicators.map((i) => [i.question, i.guidance]),
  ]);

describe('national catalogue 1.1.0', () => {
  it('keeps 1.0.0 shipped and reaches 1.1.0 through the migration map', () => {
    expect(indicator(national100, 'D2.2.4').question.en).toMatch(/gender-responsive, and is migration mainstreamed/);
    const links = new Map(linkIndicators(national100, national110, set.catalogues).map((l) => [l.fromId, l]));
    expect(links.get('D2.2.4')).toMatchObject({ toIds: ['D2.2.5', 'D2.2.6'], comparability: 'split' });
    expect(links.get('D3.2.1')).toMatchObject({ toIds: ['D3.2.5', 'D3.2.6'], comparability: 'split' });
    expect(links.get('D1.3.2')).toMatchObject({ toIds: ['D1.3.2'], comparability: 'rescaled' });
    expect(links.get('D1.1.1')?.comparability).toBe('reworded');
    expect(links.get('D1.1.2')?.comparability).toBe('same');
  });

  it('asks one question per indicator where 1.0.0 asked two', () => {
    expect(indicator(national110, 'D2.2.5').question.en).not.toMatch(/development planning/);
    expect(indicator(national110, 'D2.2.6').question.en).toMatch(/development planning/);
    expect(indicator(national110, 'D3.2.5').question.en).not.toMatch(/endorsed/);
    expect(indicator(national110, 'D3.2.6').question.en).toMatch(/endorsed the Global Compact/);
  });

  it('makes D1.1.1 ask what its guidance scores (at least essential and emergency care)', () => {
    expect(indicator(national110, 'D1.1.1').question.en).toMatch(/at least essential and emergency health care/);
  });

  it('puts D1.3.2, the input to 1c, on the three-level access scale as equal pay for equal work', () => {
    const d132 = indicator(national110, 'D1.3.2');
    expect(d132.scale.id).toBe('access-status');
    expect(d132.question.en).toMatch(/equal pay for equal work/);
    expect(d132.sdg1072).toEqual(['1c']);
  });

  it('fixes the SDG mappings: 2e on data used for policy, 6c on a child-specific indicator', () => {
    const mapped = (id: string) => national110.indicators.filter((i) => i.sdg1072.includes(id)).map((i) => i.id);
    expect(mapped('2e')).toEqual(['D2.5.3']);
    expect(mapped('6c')).toEqual(['D6.1.6']);
    expect(indicator(national110, 'D6.1.6').question.en).toMatch(/unaccompanied and separated migrant children/);
  });

  it('drops GCM links outside the Compact: Refugee Convention → 23, internal displacement → 2', () => {
    expect(indicator(national100, 'D1.6.1').gcmObjectives).toContain(23);
    expect(indicator(national110, 'D1.6.1').gcmObjectives).not.toContain(23);
    expect(indicator(national110, 'D5.3.2').gcmObjectives).not.toContain(2);
  });

  it('uses the Arabic an Iraqi reader expects', () => {
    const arabic = arabicOf(national110);
    expect(arabic).toContain('الوصول إلى العدالة');
    expect(arabic).not.toContain('اللجوء إلى العدالة');
    expect(arabic).toContain('أوجه الحماية العمالية');
    expect(arabic).not.toContain('الحمايات العمالية');
    expect(arabic).toContain('الاتجار بالبشر');
    expect(arabic).not.toContain('الاتجار بالأشخاص');
  });
});

describe('local catalogue 1.1.0', () => {
  it('says المحافظة, not المقاطعة', () => {
    expect(arabicOf(local100)).toContain('المقاطعة');
    expect(arabicOf(local110)).not.toMatch(/مقاطع/);
    expect(arabicOf(local110)).toContain('المحافظة');
  });

  it('replaces L6.3.2 (a Canadian-style selection of migrants) with something a governorate does', () => {
    expect(local110.indicators.some((i) => i.id === 'L6.3.2')).toBe(false);
    expect(indicator(local110, 'L6.3.5').question.en).toMatch(/governorate/);
    const links = new Map(linkIndicators(local100, local110, set.catalogues).map((l) => [l.fromId, l]));
    expect(links.get('L6.3.2')?.comparability).toBe('removed');
  });
});

describe.each([national110, local110])('link rationales in $frameworkId $version', (catalogue) => {
  it('give one line for every GCM and SDG link, and none for links that do not exist', () => {
    for (const i of catalogue.indicators) {
      expect(Object.keys(i.linkRationale?.gcm ?? {}).sort(), i.id).toEqual(i.gcmObjectives.map(String).sort());
      expect(Object.keys(i.linkRationale?.sdg ?? {}).sort(), i.id).toEqual([...i.sdg1072].sort());
      for (const line of [...Object.values(i.linkRationale?.gcm ?? {}), ...Object.values(i.linkRationale?.sdg ?? {})])
        expect(line).not.toMatch(/\n/);
    }
  });
});

describe('GCM reference titles', () => {
  it('are verbatim from A/RES/73/195 in English (spot checks) and labelled unofficial in Arabic', () => {
    const titles = new Map(set.reference!.gcmObjectives.map((o) => [o.number, o.title.en]));
    expect(titles.get(2)).toBe('Minimize the adverse drivers and structural factors that compel people to leave their country of origin');
    expect(titles.get(12)).toBe(
      'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    );
    expect(titles.get(23)).toBe('Strengthen international cooperation and global partnerships for safe, orderly and regular migration');
    expect(set.reference!.gcmArabicTitlesOfficial).toBe(false);
  });
});

describe('the bilingual glossary (indicators/reference/glossary.json)', () => {
  it('loads with English and Arabic terms, definitions and Iraqi usage notes', () => {
    const glossary = set.reference?.glossary ?? [];
    expect(glossary.length).toBeGreaterThanOrEqual(10);
    for (const entry of glossary) {
      for (const text of [entry.term, entry.definition, entry.iraqiUsage]) {
        expect(text.en.trim(), entry.id).not.toBe('');
        expect(text.ar, entry.id).toMatch(/[\u0600-\u06FF]/);
      }
    }
    const ids = glossary.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['governorate', 'access-to-justice', 'labour-protections', 'trafficking']));
    expect(glossary.find((entry) => entry.id === 'governorate')?.term.ar).toBe('المحافظة');
  });

  it('is validated on load: a broken glossary is reported by file and path, and the reference data still loads', () => {
    const files = realIndicatorFiles();
    const broken = JSON.parse(files['reference/glossary.json']!) as { terms: { term: { ar?: string } }[] };
    delete broken.terms[0]!.term.ar;
    const result = loadCatalogues({ ...files, 'reference/glossary.json': JSON.stringify(broken) });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'reference/glossary.json', code: 'invalid-content', path: expect.stringContaining('terms') }),
    ]);
    expect(result.reference?.gcmObjectives).toHaveLength(23);
    expect(result.reference?.glossary).toEqual([]);
  });

  it('refuses a catalogue whose link rationales miss a link', () => {
    const files = realIndicatorFiles();
    const release = JSON.parse(files['mgi/1.1.0.json']!) as { indicators: { linkRationale: { gcm: Record<string, string> } }[] };
    release.indicators[0]!.linkRationale.gcm = {};
    const result = loadCatalogues({ ...files, 'mgi/1.1.0.json': JSON.stringify(release) });
    expect(result.problems[0]).toMatchObject({
      file: 'mgi/1.1.0.json',
      code: 'invalid-content',
      detail: expect.stringContaining('no rationale for link'),
    });
  });
});
