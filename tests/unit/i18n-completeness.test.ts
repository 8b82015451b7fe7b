import { describe, expect, it } from 'vitest';
import { allResources } from '@/i18n/all-resources';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  const resources = allResources();

  it('has the same namespaces in English and Arabic', () => {
    expect(Object.keys(resources.ar ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
  });

  it('translates every English key into Arabic, and nothing else', () => {
    for (const namespace of Object.keys(resources.en ?? {})) {
      const en = keys(resources.en?.[namespace]).sort();
      const ar = keys(resources.ar?.[namespace]).sort();
      expect({ namespace, missing: en.filter((k) => !ar.includes(k)), extra: ar.filter((k) => !en.includes(k)) }).toEqual({
        namespace,
        missing: [],
        extra: [],
      });
    }
  });

  it('keeps interpolation placeholders identical in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const leaf = (tree: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
    for (const namespace of Object.keys(resources.en ?? {})) {
      for (const key of keys(resources.en?.[namespace])) {
        expect([namespace, key, placeholders(leaf(resources.ar?.[namespace], key))]).toEqual([
          namespace,
          key,
          placeholders(leaf(resources.en?.[namespace], key)),
        ]);
      }
    }
  });
});
