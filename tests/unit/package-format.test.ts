import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeBaseOf } from '@/domain/merge-base';
import { canonicalJson } from '@/domain/merge-canonical';
import { ExchangeError } from '@/domain/merge-errors';
import { sha256Hex } from '@/lib/sha256';
import { MAX_PACKAGE_BYTES, PACKAGE_FORMAT, readLimitedText } from '@/interchange/package-file-guard';
import type { PackageContent } from '@/interchange/package-format';
import { parsePackageText, readPackageFile, serializePackage } from '@/interchange/package-format';
import { answered, AT, bundle, source } from './exchange-fixtures';

const content: PackageContent = {
  packageId: 'p1',
  exportedAt: AT,
  senderDeviceId: 'device-m',
  senderMemberId: null,
  bundle: bundle({
    responses: [answered('A1', { justification: '<img src=x onerror=alert(1)>' })],
    sources: [source('s1', { url: 'javascript:alert(1)' })],
  }) as PackageContent['bundle'],
  bases: { 'device-c': { packageId: 'p0', exportedAt: AT, base: mergeBaseOf(bundle()) } },
};

async function fileText(body: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ format: PACKAGE_FORMAT, formatVersion: 1, sha256: await sha256Hex(canonicalJson(body.content)), ...body });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof ExchangeError) return error.code;
    throw error;
  }
}

describe('member package format', () => {
  it('round-trips a package, keeping HTML and javascript: text as inert data', async () => {
    const { text, sha256 } = await serializePackage(content);
    const parsed = await parsePackageText(text);
    expect(parsed.sha256).toBe(sha256);
    expect(parsed.content).toEqual(content);
    expect(JSON.parse(text)).toMatchObject({ format: 'mgi-workbench/member-package', formatVersion: 1, sha256 });
  });

  it('gives each kind of broken file its own error', async () => {
    const { text } = await serializePackage(content);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(await codeOf(parsePackageText(''))).toBe('empty');
    expect(await codeOf(parsePackageText('PK\u0003\u0004 zip'))).toBe('not-json');
    expect(await codeOf(parsePackageText(text.slice(0, text.length / 2)))).toBe('truncated');
    expect(await codeOf(parsePackageText(JSON.stringify({ ...file, format: 'something-else' })))).toBe('wrong-format');
    expect(await codeOf(parsePackageText(JSON.stringify({ ...file, format: 'mgi-workbench/backup' })))).toBe('is-backup');
    expect(await codeOf(parsePackageText(JSON.stringify({ ...file, formatVersion: 2 })))).toBe('future-version');
    expect(await codeOf(parsePackageText(JSON.stringify({ ...file, formatVersion: 'one' })))).toBe('unsupported-version');
    expect(await codeOf(parsePackageText(text.replace('"answer":"yes"', '"answer":"no"')))).toBe('checksum-mismatch');
    const badAnswer = { ...content, bundle: { ...content.bundle, responses: [{ ...answered('A1'), confidence: 'certain' }] } };
    const error = await parsePackageText(await fileText({ content: badAnswer })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-content', detail: { path: 'content.bundle.responses[0].confidence' } });
  });

  it('refuses prototype keys anywhere, even where the schema would strip them', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const hostile = `{"format":"${PACKAGE_FORMAT}","formatVersion":1,"sha256":"x","content":{"bundle":{"responses":[{"memberAnswers":{"${key}":{"polluted":true}}}]}}}`;
      const error = await parsePackageText(hostile).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'unsafe-key', detail: { key } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses responses of another assessment and duplicate ids inside a package', async () => {
    const foreign = { ...content, bundle: { ...content.bundle, sources: [source('s1'), source('s1')] } };
    expect(await parsePackageText(await fileText({ content: foreign })).catch((e: unknown) => e)).toMatchObject({
      code: 'invalid-content',
      detail: { path: 'content.bundle.sources[1].id' },
    });
  });

  it('refuses a file over the size limit from its size alone, without reading it', async () => {
    let read = false;
    const huge = { size: 100 * 1024 * 1024, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) } as unknown as Blob;
    expect(await codeOf(readPackageFile(huge))).toBe('too-large');
    expect(read).toBe(false);
    expect(await codeOf(readLimitedText(new Blob([new Uint8Array([0xff, 0xfe, 0x00])]), MAX_PACKAGE_BYTES))).toBe('not-json');
  });

  it('never throws anything but a specific ExchangeError on arbitrary text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        await expect(parsePackageText(text)).rejects.toBeInstanceOf(ExchangeError);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts or crashes on arbitrary JSON content behind a valid header and checksum (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const error = await parsePackageText(await fileText({ content: value })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ExchangeError);
        expect(['invalid-content', 'unsafe-key']).toContain((error as ExchangeError).code);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a valid package cut at any point as broken, never as a package (property)', async () => {
    const { text } = await serializePackage(content);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (cut) => {
        const code = await codeOf(parsePackageText(text.slice(0, cut)));
        expect(['truncated', 'empty', 'not-json']).toContain(code);
      }),
      { numRuns: 200 },
    );
  });

  it('detects any single changed character of the content (property)', async () => {
    const { text } = await serializePackage(content);
    const start = text.indexOf('"content":') + 10;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: start, max: text.length - 2 }), fc.constantFrom('0', 'a', ' ', 'Z'), async (at, char) => {
        fc.pre(text[at] !== char);
        const code = await codeOf(parsePackageText(text.slice(0, at) + char + text.slice(at + 1)));
        expect(code).not.toBe('accepted');
      }),
      { numRuns: 200 },
    );
  });
});

describe('deeply nested files', () => {
  it('refuses a package nested 100,000 levels deep for its depth, without overflowing the stack', async () => {
    const deep = `{"format":"${PACKAGE_FORMAT}","formatVersion":1,"content":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    expect(await codeOf(parsePackageText(deep))).toBe('too-deep');
  });
});
