import type { Table } from 'dexie';
import { exchangeStateKey } from '@/domain/merge-exchange-state';
import { ExchangeError } from '@/domain/merge-errors';
import { db } from './db';
import { DEVICE_ID_KEY } from './exchange-commands';
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

/**
 * A backup written by a newer app carries a store schema this one does not know: its rows may
 * mean something else here, so it is refused with its own message before anything is shown or
 * written. Older schemas are read as they are (new record fields have read-time defaults).
 */
export function assertStoreSchemaSupported(schemaVersion: number): void {
  if (schemaVersion > LATEST_SCHEMA_VERSION)
    throw new ExchangeError('future-store-schema', { version: schemaVersion, supported: LATEST_SCHEMA_VERSION });
}

export type RestoreProgress = { readonly done: number; readonly total: number };
export type RestoreOptions = {
  /** Called after each batch of rows is written (inside the transaction). */
  readonly onProgress?: (progress: RestoreProgress) => void;
  /** Aborting rolls the whole transaction back: nothing of the restore stays written. */
  readonly signal?: AbortSignal;
};

/** Rows per bulkAdd: large enough to keep IndexedDB busy, small enough for a smooth progress bar. */
const RESTORE_BATCH = 2_000;

export class RestoreCancelled extends Error {
  constructor() {
    super('restore cancelled');
    this.name = 'RestoreCancelled';
  }
}

/**
 * Replaces the whole store with a backup's tables: all of it, or nothing. Rows go in batches
 * inside one transaction: progress after each, cancel between any two. This device keeps its own
 * exchange identity (issue 16): restoring a colleague's backup must not make two devices send
 * packages under one id, which would make each refuse the other's as its own. Only a store that
 * has no identity yet (a new browser, or site data cleared) takes the file's, since that is a
 * device getting its own data back. The backup date comes from the file: the store then holds
 * exactly what that backup holds.
 */
export async function restoreEverything(backupTables: StoreTables, options: RestoreOptions = {}): Promise<void> {
  // Version-1 profile drafts are reshaped as the schema-2 upgrade would (bilingual-import.ts).
  const tablesFromBackup = bilingualTables(backupTables);
  try {
    await writeEverything(tablesFromBackup, options);
  } catch (error) {
    // The transaction rolled back; a cancel is reported as such, not as a storage failure.
    if (options.signal?.aborted) throw new RestoreCancelled();
    throw error;
  }
}

function writeEverything(tablesFromBackup: StoreTables, options: RestoreOptions): Promise<void> {
  const tables = TABLES();
  let fromFile = tablesFromBackup;
  return guardStorage(() =>
    db.transaction('rw', [...Object.values(tables), db.undoStacks], async () => {
      const ownIdentity = await db.meta.get(DEVICE_ID_KEY);
      if (ownIdentity !== undefined) {
        fromFile = { ...fromFile, meta: [...(fromFile.meta as { key: string }[]).filter((row) => row.key !== DEVICE_ID_KEY), ownIdentity] };
      }
      const total = Object.values(fromFile).reduce((sum, rows) => sum + rows.length, 0);
      // Undo entries describe the store as it was before: after a restore they could only conflict.
      await db.undoStacks.clear();
      for (const table of Object.values(tables)) await table.clear();
      let done = 0;
      for (const [name, table] of Object.entries(tables) as [TableName, Table][]) {
        const rows = fromFile[name];
        // Every table gets at least one bulkAdd, empty or not, so every table is written the same way.
        for (let start = 0; start === 0 || start < rows.length; start += RESTORE_BATCH) {
          if (options.signal?.aborted) throw new RestoreCancelled();
          const batch = rows.slice(start, start + RESTORE_BATCH);
          await table.bulkAdd(batch);
          done += batch.length;
          options.onProgress?.({ done, total });
        }
      }
      if (options.signal?.aborted) throw new RestoreCancelled();
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
      // Only this assessment's exchange state comes from the file; device rows and other
      // assessments' states stay as they are.
      await db.meta.bulkPut(
        (tablesFromBackup.meta as { key: string; value: unknown }[]).filter((row) => row.key === exchangeStateKey(assessmentId)),
      );
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
      const oldest =
        lastBackupAt === null ? await db.history.orderBy('at').first() : await db.history.where('at').above(lastBackupAt).first();
      const oldestUnsavedChangeAt = oldest?.at ?? null;
      const waitingSince = lastBackupAt ?? oldestUnsavedChangeAt;
      const remind =
        changesSinceBackup > 0 &&
        waitingSince !== null &&
        now.getTime() - new Date(waitingSince).getTime() >= BACKUP_REMINDER_DAYS * DAY_MS;
      return { lastBackupAt, changesSinceBackup, oldestUnsavedChangeAt, remind };
    }),
  );
}
