import { join } from 'node:path';
import type { CatalogueProblem } from '@/catalog/catalogue-problem';
import { describe, expect, it } from 'vitest';
import { newestCatalogue } from '@/catalog/catalogue-lookup';
import { loadCatalogues } from '@/catalog/load-catalogues';
import { parseCatalogueFile } from '@/catalog/parse-catalogue-file';
import { readJsonTree, realIndicatorFiles } from './catalogue-fixtures';

const fixtureFiles = readJsonTree(join(import.meta.dirname, '..', 'fixtures', 'catalogues'));
const validText = fixtureFiles['fixture/1.0.0.json'] ?? '';

/** Problems with catalogues proper; the fixture folder has no reference files on purpose. */
function catalogueProblems(problems: readonly CatalogueProblem[]) {
  return problems.filter((p) => !p.file.startsWith('reference/'));
}

function withChange(mutate: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(validText) as Record<string, unknown>;
  mutate(json);
  return JSON.stringify(json);
}

describe('catalogue loader', () => {
  it('loads several frameworks and versions side by side', () => {
    const set = loadCatalogues({ ...realIndicatorFiles(), ...fixtureFiles });
    expect(set.problems).toEqual([]);
    const keys = set.catalogues.map((c) => `${c.frameworkId}@${c.version}`);
    expect(keys).toEqual(expect.arrayContaining(['mgi-national@1.0.0', 'fixture@1.0.0', 'fixture@1.1.0', 'fixture@1.2.0']));
    expect(newestCatalogue(set.catalogues, 'fixture')?.version).toBe('1.2.0');
  });

  it('names file, path and problem for malformed JSON, and still loads the valid files', () => {
    const set = loadCatalogues({ ...fixtureFiles, 'broken/1.0.0.json': '{"schemaVersion": 1, "frameworkId": ' });
    expect(catalogueProblems(set.problems)).toEqual([
      expect.objectContaining({ file: 'broken/1.0.0.json', code: 'invalid-json', path: '' }),
    ]);
    expect(set.catalogues).toHaveLength(3);
  });

  it('points at the exact field that is wrong', () => {
    const text = withChange((json) => {
      const indicators = json.indicators as { question: { ar: string } }[];
      indicators[2]!.question.ar = '';
    });
    const result = parseCatalogueFile('fixture/1.0.0.json', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'invalid-content', path: 'indicators[2].question.ar' });
  });

  it('reports a reference to a sub-domain that does not exist', () => {
    const text = withChange((json) => {
      (json.indicators as { subdomainId: string }[])[0]!.subdomainId = 'D9.9';
    });
    const result = parseCatalogueFile('x/1.0.0.json', text);
    expect(!result.ok && result.problems[0]).toMatchObject({ path: 'indicators[0].subdomainId', detail: 'unknown sub-domain "D9.9"' });
  });

  it('reports duplicate indicator ids', () => {
    const text = withChange((json) => {
      const indicators = json.indicators as { id: string }[];
      indicators[1]!.id = indicators[0]!.id;
    });
    const result = parseCatalogueFile('x/1.0.0.json', text);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain('indicators[1].id');
  });

  it('says when a file needs a newer app instead of calling it invalid', () => {
    const text = withChange((json) => {
      json.schemaVersion = 7;
    });
    const result = parseCatalogueFile('x/1.0.0.json', text);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'unsupported-schema-version', detail: '7' });
  });

  it('rejects unknown keys, so a hostile file cannot smuggle in __proto__', () => {
    const text = validText.replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": {"polluted": true},');
    const result = parseCatalogueFile('x/1.0.0.json', text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a duplicate framework version and a file named after another version', () => {
    const set = loadCatalogues({ 'a/1.0.0.json': validText, 'b/1.0.0.json': validText, 'c/2.0.0.json': validText });
    expect(catalogueProblems(set.problems).map((p) => [p.file, p.code])).toEqual([
      ['b/1.0.0.json', 'duplicate-version'],
      ['c/2.0.0.json', 'file-name-mismatch'],
    ]);
    expect(set.catalogues).toHaveLength(1);
  });

  it('reports missing reference data without losing the catalogues', () => {
    const set = loadCatalogues(fixtureFiles);
    expect(set.reference).toBeNull();
    expect(set.problems.map((p) => [p.file, p.code])).toEqual([
      ['reference/gcm-objectives.json', 'missing-file'],
      ['reference/sdg-10-7-2.json', 'missing-file'],
      ['reference/migof.json', 'missing-file'],
    ]);
  });
});
