import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogueFile } from '@/interchange/catalogue-import';
import { findHostileContent, markupProblem } from '@/interchange/hostile-input';

const BUNDLED = readFileSync(join(import.meta.dirname, '..', '..', 'indicators', 'mgi', '1.0.0.json'), 'utf8');
const INSTALLED = new Set(['mgi-national@1.0.0']);

function fileOf(text: string, name = 'catalogue.json', size?: number) {
  const bytes = new TextEncoder().encode(text);
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
}

function release(changes: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(BUNDLED) as Record<string, unknown>;
  changes(file);
  return JSON.stringify(file);
}

describe('checking a catalogue file before it is stored', () => {
  it('accepts a new release and names its key', async () => {
    const checked = await checkCatalogueFile(
      fileOf(
        release((f) => {
          f.version = '1.2.0';
        }),
      ),
      INSTALLED,
    );
    expect(checked.ok && checked.key).toBe('mgi-national@1.2.0');
    expect(checked.ok && checked.catalogue.indicators).toHaveLength(90);
  });

  it.each([
    ['too-large', fileOf('{}', 'big.json', 100_000_000)],
    ['empty-file', fileOf('')],
    ['invalid-json', fileOf(BUNDLED.slice(0, 5000))],
    [
      'unsupported-schema-version',
      fileOf(
        release((f) => {
          f.schemaVersion = 7;
        }),
      ),
    ],
    [
      'invalid-content',
      fileOf(
        release((f) => {
          f.schemaVersion = '1';
        }),
      ),
    ],
    ['forbidden-key', fileOf(BUNDLED.replace('{', '{"__proto__":{"polluted":true},'))],
    [
      'markup-not-allowed',
      fileOf(
        release((f) => {
          f.version = '2.0.0';
          f.title = { en: 'x<iframe src=//evil>', ar: 'س' };
        }),
      ),
    ],
    ['already-installed', fileOf(BUNDLED)],
    // 100,000 levels of nesting: refused for its depth (not as a forbidden key, not a stack overflow).
    ['too-deep', fileOf(`{"schemaVersion":1,"title":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`)],
    ['too-deep', fileOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
  ])('refuses with %s', async (code, file) => {
    const checked = await checkCatalogueFile(file, INSTALLED);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]?.code).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read a file that is too large', async () => {
    const file = { name: 'x.json', size: 100_000_000, arrayBuffer: () => Promise.reject(new Error('read')) };
    expect(await checkCatalogueFile(file, INSTALLED)).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
  });
});

describe('hostile content', () => {
  it('tells markup from ordinary text', () => {
    expect(markupProblem('Children under 18 (age < 18) and > 65')).toBe(false);
    expect(markupProblem('<SCRIPT>alert(1)</SCRIPT>')).toBe(true);
    expect(markupProblem('see javascript:alert(1)')).toBe(true);
    expect(markupProblem('<img src=x onerror=alert(1)>')).toBe(true);
  });

  it('finds a forbidden key at any depth of any JSON, and nothing in clean JSON (property-based)', () => {
    const clean = fc
      .jsonValue()
      .filter((value) => !JSON.stringify(value).includes('<') && !/(java|vb)script\s*:|data\s*:\s*text/i.test(JSON.stringify(value)));
    fc.assert(
      fc.property(clean, (value) => {
        const text = JSON.stringify(value);
        const hasKey = /(?<!\\)"(__proto__|constructor|prototype)":/.test(text);
        expect(findHostileContent(JSON.parse(text)) !== null).toBe(hasKey);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('__proto__', 'constructor', 'prototype'), (value, key) => {
        const parsed = JSON.parse(`{"wrapper":[{"${key}":${JSON.stringify(value) ?? 'null'}}]}`) as unknown;
        expect(findHostileContent(parsed)).toMatchObject({ kind: 'forbidden-key', path: `wrapper[0].${key}` });
      }),
    );
  });
});
