import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExchangeError } from '@/domain/merge-errors';
import type { BackupContent } from '@/interchange/backup-format';
import { isEncryptedBackup, parseBackupText, serializeBackup } from '@/interchange/backup-format';
import { base64ToBytes } from '@/interchange/crypto-digest';
import { MIN_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS } from '@/interchange/crypto-passphrase';
import { isSafeLink, safeHref } from '@/lib/safe-link';
import { answered, assessment, AT } from './exchange-fixtures';

const content: BackupContent = {
  createdAt: AT,
  schemaVersion: 1,
  scope: { kind: 'all' },
  tables: {
    assessments: [assessment],
    responses: [answered('A1')],
    sources: [],
    comments: [],
    members: [],
    history: [
      {
        seq: 1,
        id: 'h1',
        assessmentId: 'a1',
        indicatorId: null,
        entity: 'assessment',
        entityId: 'a1',
        field: 'created',
        before: null,
        after: null,
        reason: '',
        memberId: null,
        at: AT,
      },
    ],
    profiles: [],
    snapshots: [],
    meta: [{ key: 'lastBackupAt', value: AT }],
    catalogues: [],
  },
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof ExchangeError) return error.code;
    throw error;
  }
}

describe('backup format', () => {
  it('round-trips a plain backup', async () => {
    const text = await serializeBackup(content, null);
    expect(isEncryptedBackup(text)).toBe(false);
    expect(await parseBackupText(text, '')).toEqual(content);
  });

  it('encrypts with AES-GCM and PBKDF2-SHA-256: salt and IV in the header, no plaintext in the file', async () => {
    const text = await serializeBackup(content, 'correct horse battery');
    const file = JSON.parse(text) as { encryption: Record<string, unknown>; ciphertext: string; content?: unknown };
    expect(file.encryption).toMatchObject({ cipher: 'AES-GCM', kdf: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(file.content).toBeUndefined();
    expect(text).not.toContain('countryCode');
    expect(text).not.toContain('data-collection');
    // Fresh random salt (16 bytes) and IV (12 bytes, as GCM wants) per file, stored in the header.
    expect(base64ToBytes(String(file.encryption.salt))).toHaveLength(16);
    expect(base64ToBytes(String(file.encryption.iv))).toHaveLength(12);
    expect(isEncryptedBackup(text)).toBe(true);
    expect(await parseBackupText(text, 'correct horse battery')).toEqual(content);
    expect(await codeOf(parseBackupText(text, 'wrong horse'))).toBe('wrong-passphrase');
    expect(await codeOf(parseBackupText(text, ''))).toBe('passphrase-required');
    const weakened = JSON.stringify({ ...file, encryption: { ...file.encryption, iterations: MIN_PBKDF2_ITERATIONS - 1 } });
    expect(await codeOf(parseBackupText(weakened, 'correct horse battery'))).toBe('unsupported-encryption');
  });

  it('refuses duplicate keys, a package, a future version and rows of another assessment in a one-assessment backup', async () => {
    const dup = { ...content, tables: { ...content.tables, responses: [answered('A1'), answered('A1')] } };
    expect(await parseBackupText(await serializeBackup(dup, null), '').catch((e: unknown) => e)).toMatchObject({
      code: 'invalid-content',
      detail: { path: 'content.tables.responses[1].id' },
    });
    const text = await serializeBackup(content, null);
    expect(await codeOf(parseBackupText(text.replace('"formatVersion":1', '"formatVersion":9'), ''))).toBe('future-version');
    expect(await codeOf(parseBackupText(text.replace('mgi-workbench/backup', 'mgi-workbench/member-package'), ''))).toBe('is-package');
    const one: BackupContent = {
      ...content,
      scope: { kind: 'assessment', assessmentId: 'a1' },
      tables: { ...content.tables, responses: [answered('A1', { assessmentId: 'other', id: 'other:A1' })] },
    };
    expect(await codeOf(parseBackupText(await serializeBackup(one, null), ''))).toBe('invalid-content');
  });

  it('answers arbitrary text with a specific error only (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .jsonValue({ maxDepth: 3 })
            .map((value) =>
              JSON.stringify({ format: 'mgi-workbench/backup', formatVersion: 1, encryption: null, sha256: 'x', content: value }),
            ),
        ),
        async (text) => {
          await expect(parseBackupText(text, 'pass')).rejects.toBeInstanceOf(ExchangeError);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('safe links', () => {
  it('links only http and https, whatever tricks the scheme uses', () => {
    expect(safeHref('https://www.iom.int/mgi')).toBe('https://www.iom.int/mgi');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example',
      'www.example.org',
      '',
    ]) {
      expect([bad, isSafeLink(bad)]).toEqual([bad, false]);
    }
  });
});

describe('no raw HTML anywhere in the app', () => {
  it('never uses innerHTML, outerHTML, insertAdjacentHTML or dangerouslySetInnerHTML', () => {
    const root = join(import.meta.dirname, '..', '..', 'src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\.(ts|tsx)$/.test(name) &&
          /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(path, 'utf8'))
        )
          offenders.push(path);
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
