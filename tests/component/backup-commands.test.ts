import { afterEach, describe, expect, it } from 'vitest';
import { collectBackup, restoreOneAssessment } from '@/db/backup-commands';
import type { StoreTables } from '@/db/backup-commands';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { getAssessmentBundle } from '@/db/queries';
import { listSnapshots, restoreSnapshot, SNAPSHOTS_KEPT, SNAPSHOT_TABLES, takeSnapshotInTransaction } from '@/db/snapshot-commands';
import { buildDemoBundles, DEMO_BASELINE_ID, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { canonicalJson } from '@/domain/merge-canonical';
import type { BackupContent } from '@/interchange/backup-format';
import { parseBackupText, serializeBackup } from '@/interchange/backup-format';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function loadDemo() {
  for (const bundle of buildDemoBundles(fixtureCatalogue('1.0.0'))) await replaceAssessmentBundle(bundle);
}

describe('one-assessment backup', () => {
  it('restores only that assessment, after a snapshot of what it replaces; the other assessment is untouched', async () => {
    await loadDemo();
    const backup = await collectBackup({ kind: 'assessment', assessmentId: DEMO_FOLLOW_UP_ID });
    expect(backup.tables.assessments).toHaveLength(1);
    expect(backup.tables.snapshots).toEqual([]);
    const saved = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    const baseline = canonicalJson(await getAssessmentBundle(DEMO_BASELINE_ID));

    await db.responses.where('assessmentId').equals(DEMO_FOLLOW_UP_ID).modify({ justification: 'edited after the backup' });
    const parsed = await parseBackupText(await serializeBackup(backup as BackupContent, null), '');
    const { snapshotId } = await restoreOneAssessment(DEMO_FOLLOW_UP_ID, parsed.tables as StoreTables);

    const restored = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    expect(restored?.responses).toEqual(saved?.responses);
    expect(restored?.history.map((entry) => entry.id)).toEqual(saved?.history.map((entry) => entry.id));
    expect(canonicalJson(await getAssessmentBundle(DEMO_BASELINE_ID))).toBe(baseline);
    // The edit made after the backup is not lost: it is in the snapshot taken before the restore.
    await restoreSnapshot(snapshotId!, null);
    expect((await getAssessmentBundle(DEMO_FOLLOW_UP_ID))?.responses.every((r) => r.justification === 'edited after the backup')).toBe(
      true,
    );
  });
});

describe('automatic snapshots', () => {
  it(`keeps the newest ${SNAPSHOTS_KEPT} per assessment`, async () => {
    await loadDemo();
    for (let i = 0; i < SNAPSHOTS_KEPT + 3; i += 1) {
      await db.transaction('rw', SNAPSHOT_TABLES(), () => takeSnapshotInTransaction(DEMO_FOLLOW_UP_ID, 'before-merge', `p${i}`));
    }
    await db.transaction('rw', SNAPSHOT_TABLES(), () => takeSnapshotInTransaction(DEMO_BASELINE_ID, 'before-import', 'other'));
    const kept = await listSnapshots(DEMO_FOLLOW_UP_ID);
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept.map((s) => s.trigger)).not.toContain('p0');
    expect(await listSnapshots(null)).toHaveLength(SNAPSHOTS_KEPT + 1);
  });

  it('refuses to restore a snapshot that no longer exists, changing nothing', async () => {
    await loadDemo();
    const before = canonicalJson(await Promise.all(db.tables.map((table) => table.toArray())));
    await expect(restoreSnapshot('missing', null)).rejects.toMatchObject({ code: 'snapshot-missing' });
    expect(canonicalJson(await Promise.all(db.tables.map((table) => table.toArray())))).toBe(before);
  });
});
