import { describe, expect, it } from 'vitest';
import { allResources } from '@/i18n/all-resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

// Plural forms differ by language (English: one/other; Arabic: zero/one/two/few/many/other):
// a plural key counts as one key, whatever forms each language gives it.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => key.replace(PLURAL, '_(plural)');
const uniqueKeys = (list: string[]) => [...new Set(list.map(pluralBase))].sort();

describe('translations', () => {
  const resources = allResources();

  it('has the same namespaces in English and Arabic', () => {
    expect(Object.keys(resources.ar ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
  });

  it('translates every English key into Arabic, and nothing else', () => {
    for (const namespace of Object.keys(resources.en ?? {})) {
      const en = uniqueKeys(keys(resources.en?.[namespace]));
      const ar = uniqueKeys(keys(resources.ar?.[namespace]));
      expect({ namespace, missing: en.filter((k) => !ar.includes(k)), extra: ar.filter((k) => !en.includes(k)) }).toEqual({
        namespace,
        missing: [],
        extra: [],
      });
    }
  });

  it('keeps interpolation placeholders identical in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const leaf = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
    for (const namespace of Object.keys(resources.en ?? {})) {
      for (const key of keys(resources.en?.[namespace])) {
        if (PLURAL.test(key)) continue;
        expect([namespace, key, placeholders(leaf(resources.ar?.[namespace], key))]).toEqual([
          namespace,
          key,
          placeholders(leaf(resources.en?.[namespace], key)),
        ]);
      }
      // Each plural form uses only the placeholders of the English "other" form (a form may leave out the count).
      for (const key of keys(resources.ar?.[namespace]).filter((k) => PLURAL.test(k))) {
        const other = placeholders(leaf(resources.en?.[namespace], key.replace(PLURAL, '_other')));
        expect([namespace, key, placeholders(leaf(resources.ar?.[namespace], key)).filter((p) => !other.includes(p ?? ''))]).toEqual([
          namespace,
          key,
          [],
        ]);
      }
    }
  });
});
