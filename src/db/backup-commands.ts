import type { Table } from 'dexie';
import { exchangeStateKey } from '@/domain/merge-exchange-state';
import { db } from './db';
import { bilingualTables } from './bilingual-import';
import { LATEST_SCHEMA_VERSION } from './schema';
import { SNAPSHOT_TABLES, takeSnapshotInTransaction } from './snapshot-commands';
import { guardExchange as guardStorage } from './exchange-guard';

/**
 * Backups and restores. A restore is one transaction over every table it touches: if any row
 * fails to write (a full disk, a bad key), the store is left exactly as it was before.
 */

export const LAST_BACKUP_KEY = 'lastBackupAt';
/** Remind to back up once changes have waited this many days without one. */
export const BACKUP_REMINDER_DAYS = 7;

/** Every table, in the order a backup lists them (matches BackupTables in interchange/backup-format.ts). */
const TABLES = () =>
  ({
    assessments: db.assessments,
    responses: db.responses,
    sources: db.sources,
    comments: db.comments,
    members: db.members,
    history: db.history,
    profiles: db.profiles,
    snapshots: db.snapshots,
    meta: db.meta,
    catalogues: db.catalogues,
  }) as const;
type TableName = keyof ReturnType<typeof TABLES>;
export type StoreTables = Record<TableName, unknown[]>;

export type BackupScope = { readonly kind: 'all' } | { readonly kind: 'assessment'; readonly assessmentId: string };

export type BackupContentData = { createdAt: string; schemaVersion: number; scope: BackupScope; tables: StoreTables };

/**
 * Reads what a backup holds. A full backup also records its own date in `meta` first, inside the
 * same transaction, so the file holds exactly the store as it is afterwards (restore = identical).
 */
export function collectBackup(scope: BackupScope): Promise<BackupContentData> {
  const tables = TABLES();
  return guardStorage(() =>
    db.transaction('rw', Object.values(tables), async () => {
      const createdAt = new Date().toISOString();
      const rows = {} as StoreTables;
      if (scope.kind === 'all') {
        await db.meta.put({ key: LAST_BACKUP_KEY, value: createdAt });
        for (const [name, table] of Object.entries(tables) as [TableName, (typeof tables)[TableName]][]) {
          rows[name] = await table.toArray();
        }
      } else {
        const id = scope.assessmentId;
        for (const name of ['responses', 'sources', 'comments', 'members', 'history'] as const) {
          rows[name] = await tables[name].where('assessmentId').equals(id).toArray();
        }
        rows.assessments = await db.assessments.where('id').equals(id).toArray();
        rows.profiles = await db.profiles.where('assessmentId').equals(id).toArray();
        rows.snapshots = [];
        rows.meta = await db.meta.where('key').equals(exchangeStateKey(id)).toArray();
        rows.catalogues = [];
        await db.meta.put({ key: `${LAST_BACKUP_KEY}:${id}`, value: createdAt });
      }
      return { createdAt, schemaVersion: LATEST_SCHEMA_VERSION, scope, tables: rows };
    }),
  );
}

/** Replaces the whole store with a backup's tables: all of it, or nothing. */
export function restoreEverything(backupTables: StoreTables): Promise<void> {
  const tablesFromBackup = bilingualTables(backupTables);
  const tables = TABLES();
  return guardStorage(() =>
    db.transaction('rw', Object.values(tables), async () => {
      for (const table of Object.values(tables)) await table.clear();
      for (const [name, table] of Object.entries(tables) as [TableName, Table][]) await table.bulkAdd(tablesFromBackup[name]);
    }),
  );
}

/**
 * Restores one assessment from a backup of it, replacing what is stored under its id (after a
 * snapshot of that, so the restore can be undone). Other assessments are untouched.
 */
export function restoreOneAssessment(assessmentId: string, backupTables: StoreTables): Promise<{ snapshotId: string | null }> {
  const tablesFromBackup = bilingualTables(backupTables);
  return guardStorage(() =>
    db.transaction('rw', [...SNAPSHOT_TABLES(), db.profiles], async () => {
      const snapshotId = await takeSnapshotInTransaction(assessmentId, 'before-restore', null);
      await Promise.all([
        db.assessments.delete(assessmentId),
        db.profiles.delete(assessmentId),
        db.members.where('assessmentId').equals(assessmentId).delete(),
        db.responses.where('assessmentId').equals(assessmentId).delete(),
        db.sources.where('assessmentId').equals(assessmentId).delete(),
        db.comments.where('assessmentId').equals(assessmentId).delete(),
        db.history.where('assessmentId').equals(assessmentId).delete(),
      ]);
      for (const name of ['assessments', 'profiles', 'members', 'responses', 'sources', 'comments'] as const) {
        await db.table(name).bulkPut(tablesFromBackup[name]);
      }
      // seq is local to each store: restored entries get fresh numbers here, in their original order.
      await db.history.bulkAdd((tablesFromBackup.history as { seq?: number }[]).map(({ seq: _seq, ...entry }) => entry) as never[]);
      await db.meta.bulkPut(tablesFromBackup.meta as { key: string; value: unknown }[]);
      return { snapshotId };
    }),
  );
}

/** What the backup reminder needs to know; persistence and quota come from db/persistence.ts. */
export type BackupHealth = {
  readonly lastBackupAt: string | null;
  /** History entries written since the last full backup (all of them if there never was one). */
  readonly changesSinceBackup: number;
  readonly oldestUnsavedChangeAt: string | null;
  readonly remind: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function backupHealth(now: Date = new Date()): Promise<BackupHealth> {
  return guardStorage(() =>
    db.transaction('r', [db.meta, db.history], async () => {
      const stored = (await db.meta.get(LAST_BACKUP_KEY))?.value;
      const lastBackupAt = typeof stored === 'string' ? stored : null;
      const since = lastBackupAt === null ? db.history.toCollection() : db.history.where('at').above(lastBackupAt);
      const changesSinceBackup = await since.count();
      const oldest = lastBackupAt === null ? await db.history.orderBy('at').first() : await db.history.where('at').above(lastBackupAt).first();
      const oldestUnsavedChangeAt = oldest?.at ?? null;
      const waitingSince = lastBackupAt ?? oldestUnsavedChangeAt;
      const remind = changesSinceBackup > 0 && waitingSince !== null && now.getTime() - new Date(waitingSince).getTime() >= BACKUP_REMINDER_DAYS * DAY_MS;
      return { lastBackupAt, changesSinceBackup, oldestUnsavedChangeAt, remind };
    }),
  );
}
