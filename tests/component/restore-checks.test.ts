import { afterEach, describe, expect, it } from 'vitest';
import { assertStoreSchemaSupported, collectBackup, restoreEverything, RestoreCancelled, restoreOneAssessment } from '@/db/backup-commands';
import type { StoreTables } from '@/db/backup-commands';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { LATEST_SCHEMA_VERSION } from '@/db/schema';
import { buildDemoBundles, DEMO_BASELINE_ID, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { canonicalJson } from '@/domain/merge-canonical';
import { exchangeStateKey } from '@/domain/merge-exchange-state';
import type { BackupContent } from '@/interchange/backup-format';
import { parseBackupText, serializeBackup } from '@/interchange/backup-format';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

/**
 * Issue 16: every door runs the same checks. A full restore lets in nothing that catalogue or
 * package import would refuse; a one-assessment restore touches only that assessment's rows;
 * rows that describe the device never come from a one-assessment file; a cancelled restore writes nothing.
 */

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function loadDemo() {
  for (const bundle of buildDemoBundles(fixtureCatalogue('1.0.0'))) await replaceAssessmentBundle(bundle);
}

async function everyTable(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

async function refusal(content: unknown): Promise<unknown> {
  return parseBackupText(await serializeBackup(content as BackupContent, null), '').then(
    () => 'accepted',
    (error: unknown) => error,
  );
}

describe('a full restore runs the checks of the other doors', () => {
  it('refuses an answer without its assessment, unknown profile fields and a catalogue that catalogue import refuses', async () => {
    await loadDemo();
    const full = (await collectBackup({ kind: 'all' })) as BackupContent;
    const orphan = {
      ...full,
      tables: {
        ...full.tables,
        assessments: full.tables.assessments.filter((a) => a.id !== DEMO_FOLLOW_UP_ID),
        profiles: full.tables.profiles.filter((p) => p.assessmentId !== DEMO_FOLLOW_UP_ID),
        meta: [],
      },
    };
    expect(await refusal(orphan)).toMatchObject({ code: 'invalid-content', problem: { kind: 'orphan', record: { kind: 'answer' } } });

    const profile = {
      assessmentId: DEMO_BASELINE_ID,
      introduction: { en: '', ar: '' },
      methodology: { en: '', ar: '' },
      domainNarratives: {},
      priorities: [],
      keyData: [],
      editing: { order: [], overrides: {}, added: [] },
      updatedAt: '2026-05-01T09:00:00.000Z',
      updatedBy: null,
    };
    const withProfile = (extra: Record<string, unknown>) => ({ ...full, tables: { ...full.tables, profiles: [{ ...profile, ...extra }] } });
    expect(await refusal(withProfile({}))).toBe('accepted');
    expect(await refusal(withProfile({ isAdmin: true }))).toMatchObject({
      code: 'invalid-content',
      problem: { kind: 'unknown-fields', record: { kind: 'profile' } },
    });

    const catalogue = (text: string) => ({
      ...full,
      tables: {
        ...full.tables,
        catalogues: [{ key: 'mgi-national@9.0.0', fileName: 'x.json', text, importedAt: '2026-05-01T09:00:00.000Z' }],
      },
    });
    expect(await refusal(catalogue('{"schemaVersion":1,"title":{"en":"<script>x</script>","ar":"x"}}'))).toMatchObject({
      code: 'invalid-content',
      problem: { kind: 'refused-catalogue' },
    });
    expect(await refusal(catalogue('{"schemaVersion":1}'))).toMatchObject({
      code: 'invalid-content',
      problem: { kind: 'refused-catalogue' },
    });
  });

  it('refuses a backup from a newer store schema with its own code, and reads the current one', () => {
    expect(() => assertStoreSchemaSupported(LATEST_SCHEMA_VERSION)).not.toThrow();
    expect(() => assertStoreSchemaSupported(99)).toThrow(
      expect.objectContaining({ code: 'future-store-schema', detail: { version: 99, supported: LATEST_SCHEMA_VERSION } }),
    );
  });
});

describe('what a restore writes', () => {
  it('a one-assessment restore changes only that assessment’s rows (and adds the snapshot before it), never device rows or another assessment’s exchange state', async () => {
    await loadDemo();
    const backup = await collectBackup({ kind: 'assessment', assessmentId: DEMO_FOLLOW_UP_ID });
    const hostileMeta = [
      { key: exchangeStateKey(DEMO_FOLLOW_UP_ID), value: { peers: {}, importedPackages: { abc: '2026-05-01T09:00:00.000Z' } } },
      { key: 'deviceId', value: 'from-the-file' },
      { key: 'lastBackupAt', value: '2001-01-01T00:00:00.000Z' },
    ];
    await db.meta.bulkPut([
      { key: 'deviceId', value: 'this-device' },
      { key: exchangeStateKey(DEMO_BASELINE_ID), value: { peers: {}, importedPackages: { mine: '2026-01-01T00:00:00.000Z' } } },
    ]);
    await db.responses.where('assessmentId').equals(DEMO_FOLLOW_UP_ID).modify({ justification: 'edited after the backup' });
    const before = await everyTable();
    await restoreOneAssessment(DEMO_FOLLOW_UP_ID, { ...backup.tables, meta: hostileMeta });
    const after = await everyTable();

    const ofOthers = (rows: unknown[]) =>
      rows.filter(
        (row) => (row as { assessmentId?: string }).assessmentId !== DEMO_FOLLOW_UP_ID && (row as { id?: string }).id !== DEMO_FOLLOW_UP_ID,
      );
    for (const table of ['assessments', 'responses', 'sources', 'comments', 'members', 'history', 'profiles', 'catalogues']) {
      expect(canonicalJson(ofOthers(after[table] ?? [])), table).toBe(canonicalJson(ofOthers(before[table] ?? [])));
    }
    expect(after.snapshots).toHaveLength((before.snapshots?.length ?? 0) + 1);
    const meta = Object.fromEntries((after.meta as { key: string; value: unknown }[]).map((row) => [row.key, row.value]));
    const metaBefore = Object.fromEntries((before.meta as { key: string; value: unknown }[]).map((row) => [row.key, row.value]));
    expect(meta.deviceId).toBe('this-device');
    expect(meta.lastBackupAt).toEqual(metaBefore.lastBackupAt);
    expect(meta[exchangeStateKey(DEMO_BASELINE_ID)]).toEqual(metaBefore[exchangeStateKey(DEMO_BASELINE_ID)]);
    expect(meta[exchangeStateKey(DEMO_FOLLOW_UP_ID)]).toEqual(hostileMeta[0]!.value);
    expect(
      (after.responses as { assessmentId: string; justification: string }[])
        .filter((r) => r.assessmentId === DEMO_FOLLOW_UP_ID)
        .some((r) => r.justification === 'edited after the backup'),
    ).toBe(false);
  });

  it('a full restore keeps this device’s exchange identity; only a store without one takes the file’s', async () => {
    await loadDemo();
    await db.meta.put({ key: 'deviceId', value: 'the-colleague' });
    const full = await collectBackup({ kind: 'all' });
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.meta.put({ key: 'deviceId', value: 'this-device' });
    await restoreEverything(full.tables);
    const meta = Object.fromEntries((await db.meta.toArray()).map((row) => [row.key, row.value]));
    expect(meta.deviceId).toBe('this-device');
    // Everything else of the file arrived, the backup date included.
    expect(meta.lastBackupAt).toBe(full.createdAt);
    expect(await db.assessments.count()).toBe(full.tables.assessments.length);

    // Site data cleared: the store has no identity, so the device gets its own back from its backup.
    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreEverything(full.tables);
    expect((await db.meta.get('deviceId'))?.value).toBe('the-colleague');
  });

  it('a one-assessment backup file carrying device rows or another assessment’s state is refused', async () => {
    await loadDemo();
    const backup = (await collectBackup({ kind: 'assessment', assessmentId: DEMO_FOLLOW_UP_ID })) as BackupContent;
    const foreign = {
      ...backup,
      tables: { ...backup.tables, meta: [{ key: exchangeStateKey(DEMO_BASELINE_ID), value: { peers: {}, importedPackages: {} } }] },
    };
    expect(await refusal(foreign)).toMatchObject({ code: 'invalid-content', problem: { kind: 'other-assessment' } });
  });

  it('reports progress in batches and, when cancelled midway, leaves every table exactly as it was', async () => {
    await loadDemo();
    const full = await collectBackup({ kind: 'all' });
    const many = {
      ...full.tables,
      history: Array.from({ length: 5_000 }, (_, seq) => ({ ...(full.tables.history[0] as object), id: `h${seq}`, seq: seq + 1 })),
    } as StoreTables;
    const before = canonicalJson(await everyTable());
    const controller = new AbortController();
    const seen: number[] = [];
    const outcome = await restoreEverything(many, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        if (seen.length === 2) controller.abort();
      },
    }).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(RestoreCancelled);
    expect(seen.length).toBe(2);
    expect(canonicalJson(await everyTable())).toBe(before);

    const progress: number[] = [];
    await restoreEverything(many, { onProgress: ({ done, total }) => progress.push(done / total) });
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    expect(await db.history.count()).toBe(5_000);
  });
});
