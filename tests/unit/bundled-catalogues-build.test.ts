import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledSet from 'virtual:bundled-catalogues';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { loadCatalogues } from '@/catalog/load-catalogues';

const indicators = join(import.meta.dirname, '..', '..', 'indicators');

function rawFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(indicators, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) {
      const path = join(entry.parentPath, entry.name);
      files[relative(indicators, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

describe('the bundled catalogues, checked at build time', () => {
  it('are exactly what the run-time loader makes of the files in indicators/', () => {
    const atRunTime = loadCatalogues(rawFiles());
    expect(bundledSet).toEqual(atRunTime);
    // The shipped catalogues themselves: every framework and version, no problem reported.
    expect(bundledSet.problems).toEqual([]);
    expect(bundledSet.catalogues.map((c) => `${c.frameworkId}@${c.version}`).sort()).toEqual(
      ['mgi-national@1.0.0', 'mgi-national@1.1.0', 'mgi-local@1.0.0', 'mgi-local@1.1.0'].sort(),
    );
    expect(bundledSet.reference?.gcmObjectives).toHaveLength(23);
  });

  it('reach the app through loadBundledCatalogues, once per session', async () => {
    const first = await loadBundledCatalogues();
    expect(first).toBe(bundledSet);
    expect(await loadBundledCatalogues()).toBe(first);
  });
});
