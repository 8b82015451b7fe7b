import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { Assessment, Comment, HistoryEntry, Member, Response, Source } from '@/domain/assessment';
import type { ProfileDraft } from '@/domain/profile-draft';
import type { StoredUndoStacks } from './edit-session/undo-stack';
import { announceConnectionLoss } from './lifecycle';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import { SCHEMA_UPGRADES } from './upgrades';

/** The one Dexie instance. Only modules inside db/ import it; the app goes through queries/commands/live. */
export class WorkbenchDatabase extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  responses!: EntityTable<Response, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  comments!: EntityTable<Comment, 'id'>;
  members!: EntityTable<Member, 'id'>;
  history!: EntityTable<HistoryEntry, 'seq'>;
  profiles!: EntityTable<ProfileDraft, 'assessmentId'>;
  /** Typed by the features that own them (snapshots, store facts). */
  snapshots!: EntityTable<{ id: string; createdAt: string; assessmentId: string | null } & Record<string, unknown>, 'id'>;
  meta!: EntityTable<{ key: string; value: unknown }, 'key'>;
  catalogues!: EntityTable<{ key: string; fileName: string; text: string; importedAt: string }, 'key'>;
  undoStacks!: EntityTable<StoredUndoStacks, 'assessmentId'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      const upgrade = SCHEMA_UPGRADES[schema.version];
      if (upgrade) version.upgrade(upgrade);
    }
    // Another tab opened a newer schema, or the database is being deleted (site data cleared):
    // close so that can proceed, and let the app tell the user (a deletion has no new version).
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      this.close();
      announceConnectionLoss(event.newVersion === null ? 'deleted' : 'upgraded');
      return false;
    });
  }
}

export const db = new WorkbenchDatabase();
