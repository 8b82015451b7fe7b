import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreOneAssessment } from '@/db/backup-commands';
import { LATEST_SCHEMA_VERSION } from '@/db/schema';
import { db as appDb, WorkbenchDatabase } from '@/db/db';
import type { Response, Source } from '@/domain/assessment';
import { AssessmentSchema, BundleRecordsSchema, ResponseSchema, SourceSchema } from '@/domain/assessment-schemas';
import { justificationText } from '@/domain/profile-findings';
import { parseReportData } from '@/report/report-input';
import { fieldText } from '@/domain/bilingual-text';
import type { ProfileDraft } from '@/domain/profile-draft';

/**
 * The version 1 → 2 upgrade on a database written by the version-1 code itself (the demo and an
 * assessment whose working group typed only Arabic; see generate-v1-fixture.ts.txt): every text
 * is still there, now the original in the language it is written in, and nothing else changed.
 */

type Fixture = {
  version: number;
  stores: Record<string, string>;
  arabicAssessmentId: string;
  rows: Record<string, Record<string, unknown>[]>;
};
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'db', 'v1-demo-and-arabic.json'), 'utf8')) as Fixture;

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

async function upgradedDatabase(): Promise<WorkbenchDatabase> {
  const name = `bilingual-upgrade-${Math.random()}`;
  const legacy = new Dexie(name);
  legacy.version(1).stores(fixture.stores);
  await legacy.open();
  await legacy.transaction('rw', legacy.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) if (rows.length > 0) await legacy.table(table).bulkAdd(rows);
  });
  legacy.close();
  const current = new WorkbenchDatabase(name);
  opened.push(current);
  await current.open();
  return current;
}

describe('upgrading a version-1 database to bilingual texts', () => {
  it('keeps every row and every field, and every row satisfies today’s schemas', async () => {
    const db = await upgradedDatabase();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(fixture.rows)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      if (table === 'profiles') continue; // reshaped; checked below
      for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
    }
    for (const row of await db.assessments.toArray()) expect(AssessmentSchema.safeParse(row).error).toBeUndefined();
    for (const row of await db.responses.toArray()) expect(ResponseSchema.safeParse(row).error).toBeUndefined();
    for (const row of await db.sources.toArray()) expect(SourceSchema.safeParse(row).error).toBeUndefined();
  });

  it('makes Arabic-only justifications and sources the Arabic original, untranslated', async () => {
    const db = await upgradedDatabase();
    const responses = await db.responses.where('assessmentId').equals(fixture.arabicAssessmentId).toArray();
    const written = responses.filter((response: Response) => response.justification !== '');
    expect(written).toHaveLength(3);
    for (const response of written) {
      const text = fieldText(response.justification, response.translations?.justification);
      expect(text.original).toBe('ar');
      expect(text.ar).toBe(response.justification);
      expect(text.en).toBe('');
      expect(text.checked).toBe(false);
    }
    const sources = await db.sources.where('assessmentId').equals(fixture.arabicAssessmentId).toArray();
    expect(
      sources.every((source: Source) => source.translations?.title?.original === 'ar' && source.translations.section?.original === 'ar'),
    ).toBe(true);
  });

  it('makes the demo’s English justifications and source titles the English original', async () => {
    const db = await upgradedDatabase();
    const demo = await db.responses.where('assessmentId').equals('demo-demoland-round-1').toArray();
    const withText = demo.filter((response: Response) => response.justification.trim() !== '');
    expect(withText.length).toBeGreaterThan(80);
    expect(withText.every((response: Response) => response.translations?.justification?.original === 'en')).toBe(true);
    const sources = await db.sources.where('assessmentId').equals('demo-demoland-round-1').toArray();
    expect(sources.every((source: Source) => source.translations?.title?.original === 'en' && source.translations.title.other === '')).toBe(
      true,
    );
  });

  it('turns the drafts’ single-language key data into bilingual texts without losing a character', async () => {
    const db = await upgradedDatabase();
    const arabic = (await db.profiles.get(fixture.arabicAssessmentId)) as ProfileDraft;
    expect(arabic.introduction).toMatchObject({ ar: 'يعرض هذا الملف حوكمة الهجرة في العراق.', original: 'ar', checked: false });
    expect(arabic.keyData[0]?.value).toMatchObject({ en: '366,000', original: 'en' });
    expect(arabic.keyData[0]?.source).toMatchObject({ ar: 'إدارة الأمم المتحدة للشؤون الاقتصادية والاجتماعية', en: '', original: 'ar' });
    const demo = (await db.profiles.get('demo-demoland-round-2')) as ProfileDraft;
    const before = fixture.rows.profiles?.find((row) => row.assessmentId === 'demo-demoland-round-2') as Record<string, unknown>;
    expect(demo.introduction).toMatchObject({ ...(before.introduction as object), original: 'en', checked: true });
    expect(demo.keyData.map((item) => item.source.en)).toEqual((before.keyData as { source: string }[]).map((item) => item.source));
    expect(demo.priorities).toHaveLength(4);
    expect(demo.acknowledgements).toMatchObject({ en: '', ar: '' });
  });
});

describe('version-1 files still import', () => {
  const arabicId = fixture.arabicAssessmentId;
  const rowsOf = (table: string) => (fixture.rows[table] ?? []).filter((row) => row.assessmentId === arabicId || row.id === arabicId);
  const v1Bundle = () => ({
    assessment: rowsOf('assessments')[0],
    members: rowsOf('members'),
    responses: rowsOf('responses'),
    sources: rowsOf('sources'),
    comments: rowsOf('comments'),
    history: rowsOf('history'),
    profile: rowsOf('profiles')[0],
  });

  it('reads a version-1 report attachment: Arabic texts become Arabic originals, the draft becomes bilingual', () => {
    const data = parseReportData(JSON.stringify({ format: 'mgi-report-data', version: 1, bundle: v1Bundle(), previous: null }));
    const justified = data.bundle.responses.filter((response) => response.justification !== '');
    expect(justified.map((response) => justificationText(response).original)).toEqual(['ar', 'ar', 'ar']);
    expect(data.bundle.profile?.keyData[0]?.source).toMatchObject({ original: 'ar', en: '' });
  });

  it('accepts version-1 records in member packages and snapshots (the shared record schema)', () => {
    expect(BundleRecordsSchema.safeParse(v1Bundle()).error).toBeUndefined();
  });

  it('restores a version-1 backup of one assessment with its draft made bilingual and nothing lost', async () => {
    const db = appDb;
    const tables = {
      assessments: rowsOf('assessments'),
      profiles: rowsOf('profiles'),
      members: rowsOf('members'),
      responses: rowsOf('responses'),
      sources: rowsOf('sources'),
      comments: rowsOf('comments'),
      history: rowsOf('history'),
      snapshots: [],
      meta: [],
      catalogues: [],
    };
    await restoreOneAssessment(arabicId, tables);
    const draft = (await db.profiles.get(arabicId)) as ProfileDraft;
    expect(draft.introduction).toMatchObject({ original: 'ar', ar: 'يعرض هذا الملف حوكمة الهجرة في العراق.' });
    expect(await db.responses.where('assessmentId').equals(arabicId).count()).toBe(rowsOf('responses').length);
  });
});
