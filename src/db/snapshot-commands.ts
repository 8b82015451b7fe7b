import { BundleRecordsSchema } from '@/domain/assessment-schemas';
import { ExchangeError } from '@/domain/merge-errors';
import type { ExchangeState } from '@/domain/merge-exchange-state';
import { exchangeStateKey, readExchangeState } from '@/domain/merge-exchange-state';
import type { AssessmentBundle } from './assessment-bundle';
import { deleteAssessmentRecordRows, newId } from './commands';
import { db } from './db';
import { guardExchange as guardStorage } from './exchange-guard';
import { firstSchemaProblem } from '@/domain/schema-problem';

/**
 * Automatic local snapshots: a full copy of one assessment (and its exchange state), taken inside
 * the same transaction as every import, merge and restore that changes it, so each of those can
 * be undone. The newest SNAPSHOTS_KEPT per assessment are kept.
 */

/** Ten per assessment: enough to undo a week of exchanges, small enough for full backups. */
export const SNAPSHOTS_KEPT = 10;

export type SnapshotReason = 'before-import' | 'before-merge' | 'before-restore' | 'before-catalogue-move';

export type Snapshot = {
  id: string;
  createdAt: string;
  assessmentId: string;
  reason: SnapshotReason;
  /** The package or snapshot that the operation applied, for the list ("before merging …"). */
  trigger: string | null;
  bundle: AssessmentBundle;
  exchangeState: ExchangeState | null;
};

export type SnapshotSummary = Pick<Snapshot, 'id' | 'createdAt' | 'assessmentId' | 'reason' | 'trigger'> & {
  responses: number;
  history: number;
};

/** Every table a snapshot reads or restores; callers open their transaction over these. */
export const SNAPSHOT_TABLES = () => [db.assessments, db.members, db.responses, db.sources, db.comments, db.history, db.snapshots, db.meta];

/** Reads one assessment's rows; must run inside a transaction over SNAPSHOT_TABLES. */
export async function readBundleInTransaction(assessmentId: string): Promise<AssessmentBundle | undefined> {
  const assessment = await db.assessments.get(assessmentId);
  if (!assessment) return undefined;
  const [members, responses, sources, comments, history] = await Promise.all([
    db.members.where('assessmentId').equals(assessmentId).toArray(),
    db.responses.where('assessmentId').equals(assessmentId).toArray(),
    db.sources.where('assessmentId').equals(assessmentId).toArray(),
    db.comments.where('assessmentId').equals(assessmentId).toArray(),
    db.history.where('assessmentId').equals(assessmentId).sortBy('seq'),
  ]);
  return { assessment, members, responses, sources, comments, history };
}

/** Takes a snapshot inside the caller's transaction; returns its id, or null if there is nothing to keep. */
export async function takeSnapshotInTransaction(
  assessmentId: string,
  reason: SnapshotReason,
  trigger: string | null,
): Promise<string | null> {
  const bundle = await readBundleInTransaction(assessmentId);
  if (!bundle) return null;
  const stored = await db.meta.get(exchangeStateKey(assessmentId));
  const snapshot: Snapshot = {
    id: newId(),
    createdAt: new Date().toISOString(),
    assessmentId,
    reason,
    trigger,
    bundle,
    exchangeState: stored ? readExchangeState(stored.value) : null,
  };
  await db.snapshots.add(snapshot);
  const older = await db.snapshots.where('assessmentId').equals(assessmentId).sortBy('createdAt');
  const excess = older.length - SNAPSHOTS_KEPT;
  if (excess > 0) await db.snapshots.bulkDelete(older.slice(0, excess).map((row) => row.id));
  return snapshot.id;
}

export function listSnapshots(assessmentId: string | null): Promise<SnapshotSummary[]> {
  return guardStorage(async () => {
    const rows =
      assessmentId === null ? await db.snapshots.toArray() : await db.snapshots.where('assessmentId').equals(assessmentId).toArray();
    return rows
      .map((row) => {
        const snapshot = row as unknown as Partial<Snapshot>;
        return {
          id: row.id,
          createdAt: row.createdAt,
          assessmentId: String(row.assessmentId),
          reason: (snapshot.reason ?? 'before-import') as SnapshotReason,
          trigger: snapshot.trigger ?? null,
          responses: snapshot.bundle?.responses?.length ?? 0,
          history: snapshot.bundle?.history?.length ?? 0,
        };
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  });
}

const StoredBundleSchema = BundleRecordsSchema;

/** Replaces one assessment's rows with a bundle; must run inside a transaction over SNAPSHOT_TABLES. */
export async function replaceBundleInTransaction(bundle: AssessmentBundle, exchangeState: ExchangeState | null): Promise<void> {
  const id = bundle.assessment.id;
  await deleteAssessmentRecordRows(id);
  await db.assessments.put(bundle.assessment);
  await db.members.bulkPut([...bundle.members]);
  // Rows exactly as the snapshot holds them: a version-1 text without a translation record reads
  // as the original in its own script's language (fieldText), so nothing needs converting here.
  await db.responses.bulkPut([...bundle.responses]);
  await db.sources.bulkPut([...bundle.sources]);
  await db.comments.bulkPut([...bundle.comments]);
  // Entries keep their sequence numbers, so the restored history reads in its original order.
  await db.history.bulkPut([...bundle.history]);
  if (exchangeState) await db.meta.put({ key: exchangeStateKey(id), value: exchangeState });
  else await db.meta.delete(exchangeStateKey(id));
}

/**
 * Puts an assessment back as a snapshot holds it. The current state is snapshotted first, in the
 * same transaction, so a restore can itself be undone.
 */
export function restoreSnapshot(
  snapshotId: string,
  memberId: string | null,
): Promise<{ assessmentId: string; undoSnapshotId: string | null }> {
  return guardStorage(() =>
    db.transaction('rw', SNAPSHOT_TABLES(), async () => {
      const row = await db.snapshots.get(snapshotId);
      if (!row) throw new ExchangeError('snapshot-missing');
      const snapshot = row as unknown as Snapshot;
      const parsed = StoredBundleSchema.safeParse(snapshot.bundle);
      if (!parsed.success)
        throw new ExchangeError(
          'invalid-content',
          { path: 'snapshot', problem: parsed.error.issues[0]?.message ?? '' },
          firstSchemaProblem(parsed.error, snapshot.bundle, 'snapshot'),
        );
      const assessmentId = parsed.data.assessment.id;
      const undoSnapshotId = await takeSnapshotInTransaction(assessmentId, 'before-restore', snapshotId);
      await replaceBundleInTransaction(parsed.data, snapshot.exchangeState ? readExchangeState(snapshot.exchangeState) : null);
      await db.history.add({
        id: newId(),
        assessmentId,
        indicatorId: null,
        entity: 'assessment',
        entityId: assessmentId,
        field: 'snapshot-restored',
        before: null,
        after: { snapshotId, snapshotCreatedAt: snapshot.createdAt, undoSnapshotId },
        reason: '',
        memberId,
        at: new Date().toISOString(),
      });
      return { assessmentId, undoSnapshotId };
    }),
  );
}
