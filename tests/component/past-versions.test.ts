import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { db } from '@/db/db';
import { assertStoreSchemaSupported, restoreEverything } from '@/db/backup-commands';
import { applyPackageImport } from '@/db/exchange-commands';
import { isEncryptedBackup, parseBackupText } from '@/interchange/backup-format';
import { checkCatalogueFile } from '@/interchange/catalogue-import';
import { parsePackageText } from '@/interchange/package-format';
import { sheetMetaProblem } from '@/interchange/spreadsheet-columns';
import { readSpreadsheetFile } from '@/interchange/spreadsheet-file';
import { planSpreadsheetImport } from '@/interchange/spreadsheet-import';
import { realCatalogueSet } from '../unit/catalogue-fixtures';

/**
 * Issue 16, point 3: files written by an earlier version still import. The package and the
 * answers sheets in tests/fixtures/past-versions/ were written by the code of 2026-11-22 (see
 * generate-2026-11-22.ts.txt there); the catalogue file is the fixture release of that time, in
 * the catalogue format it was written in (unchanged since).
 */

const past = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'past-versions', name);
const asFile = (path: string) => {
  const bytes = readFileSync(path);
  return { name: path.split('/').pop()!, size: bytes.length, arrayBuffer: async () => new Uint8Array(bytes).buffer };
};

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('files written by the release of 2026-11-22', () => {
  it('imports its member package: the assessment with its member, answers, source and comment', async () => {
    const pkg = await parsePackageText(readFileSync(past('package-2026-11-22.json'), 'utf8'));
    expect(await applyPackageImport(pkg, { memberId: null })).toMatchObject({ kind: 'created', assessmentId: 'past-assessment' });
    const answers = await db.responses.where('assessmentId').equals('past-assessment').toArray();
    expect(Object.fromEntries(answers.map((r) => [r.indicatorId, r.answer]))).toEqual({ 'D1.1.1': 'all', 'D1.2.1': 'no' });
    expect(JSON.stringify(answers)).toContain('Residence Law 2017, article 12');
    expect(JSON.stringify(answers)).toContain('قانون العمل لا يذكر العمال المهاجرين.');
    expect((await db.members.toArray()).map((m) => m.name)).toEqual(['Rania Haddad']);
    expect((await db.sources.toArray()).map((s) => s.url)).toEqual(['https://laws.example.org/residence-2017']);
    expect((await db.comments.toArray()).map((c) => c.body)).toEqual(['Check the 2021 amendment.']);
  });

  it('imports its answers sheets, CSV and XLSX alike, into an assessment on catalogue 1.0.0', async () => {
    const catalogue = findCatalogue(realCatalogueSet(), 'mgi-national', '1.0.0')!;
    const csv = await readSpreadsheetFile(asFile(past('answers-2026-11-22.csv')));
    const xlsx = await readSpreadsheetFile(asFile(past('answers-2026-11-22.xlsx')));
    if (!csv.ok || !xlsx.ok) throw new Error(`refused: ${JSON.stringify([csv, xlsx])}`);
    // The CSV ends with a line break, read as one empty row; the cells are the same.
    const filled = (rows: string[][]) => rows.filter((row) => row.some((cell) => cell !== ''));
    expect(filled(xlsx.rows)).toEqual(filled(csv.rows));
    expect(filled(csv.rows)).toHaveLength(4);
    expect(sheetMetaProblem(xlsx.meta, 'mgi-national@1.0.0')).toBeNull();
    for (const read of [csv, xlsx]) {
      const plan = planSpreadsheetImport(read.rows, catalogue, []);
      expect(plan.errors).toEqual([]);
      expect(plan.changes.map((change) => [change.indicatorId, change.answer])).toEqual([
        ['D1.1.1', 'all'],
        ['D1.2.1', 'no'],
      ]);
    }
  });

  it('accepts its catalogue file format: the fixture release of that time checks as a new catalogue', async () => {
    const path = join(import.meta.dirname, '..', 'fixtures', 'catalogues', 'fixture', '1.0.0.json');
    const checked = await checkCatalogueFile(asFile(path), new Set());
    expect(checked.ok && checked.key).toBe(`${checked.ok ? checked.catalogue.frameworkId : ''}@1.0.0`);
    expect(checked.ok && checked.catalogue.indicators.length).toBeGreaterThan(0);
  });

  it('restores its backups, plain and encrypted (a passphrase it took unnormalised), into today’s store', async () => {
    // The file's passphrase was typed decomposed; today it opens typed either way.
    const composed = 'Caf\u00e9 du port 2026';
    const decomposed = 'Cafe\u0301 du port 2026';
    for (const [name, passphrase] of [
      ['backup-2026-11-22.json', ''],
      ['backup-2026-11-22-encrypted.json', composed],
      ['backup-2026-11-22-encrypted.json', decomposed],
    ] as const) {
      await Promise.all(db.tables.map((table) => table.clear()));
      const text = readFileSync(past(name), 'utf8');
      expect(isEncryptedBackup(text)).toBe(passphrase !== '');
      const content = await parseBackupText(text, passphrase);
      expect(content.schemaVersion).toBe(1);
      expect(() => assertStoreSchemaSupported(content.schemaVersion)).not.toThrow();
      await restoreEverything(content.tables);
      const answers = await db.responses.where('assessmentId').equals('past-assessment').toArray();
      expect(Object.fromEntries(answers.map((r) => [r.indicatorId, r.answer]))).toEqual({ 'D1.1.1': 'all', 'D1.2.1': 'no' });
      expect(JSON.stringify(answers)).toContain('قانون العمل لا يذكر العمال المهاجرين.');
      expect((await db.assessments.get('past-assessment'))?.countryCode).toBe('JO');
      expect((await db.members.toArray()).map((m) => m.name)).toEqual(['Rania Haddad']);
      expect((await db.sources.toArray()).map((s) => s.url)).toEqual(['https://laws.example.org/residence-2017']);
      expect((await db.comments.toArray()).map((c) => c.body)).toEqual(['Check the 2021 amendment.']);
      expect(await db.history.where('assessmentId').equals('past-assessment').count()).toBe(1);
    }
  });
});
