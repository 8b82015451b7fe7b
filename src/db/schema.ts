/**
 * Every released IndexedDB schema, oldest first. Append-only: a released entry is never edited,
 * because browsers out there hold data written by it. A new entry that reshapes rows also gets an
 * `upgrade` in db.ts and a fixture test in tests/component/db-upgrade.test.ts.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      assessments: 'id, updatedAt, countryCode',
      responses: 'id, assessmentId, [assessmentId+indicatorId], updatedAt',
      sources: 'id, assessmentId, [assessmentId+indicatorId]',
      comments: 'id, assessmentId, [assessmentId+indicatorId], parentId',
      members: 'id, assessmentId',
      history: '++seq, assessmentId, [assessmentId+indicatorId], at',
      /** The researcher's profile draft (narrative, edited findings, key data), one per assessment. */
      profiles: 'assessmentId',
      /** Automatic copies taken before imports and merges, restorable. */
      snapshots: 'id, createdAt, assessmentId',
      /** Small facts about this store, e.g. when the last backup was made. */
      meta: 'key',
      /** Catalogue files a user imported (e.g. a new MGI release), stored as validated text. */
      catalogues: 'key',
    },
  },
  {
    /**
     * Bilingual texts (issue 10): same stores and indexes; rows are reshaped by upgradeToBilingual
     * (upgrades.ts): single-language texts become the original in the language they are written in.
     */
    version: 2,
    stores: {
      assessments: 'id, updatedAt, countryCode',
      responses: 'id, assessmentId, [assessmentId+indicatorId], updatedAt',
      sources: 'id, assessmentId, [assessmentId+indicatorId]',
      comments: 'id, assessmentId, [assessmentId+indicatorId], parentId',
      members: 'id, assessmentId',
      history: '++seq, assessmentId, [assessmentId+indicatorId], at',
      profiles: 'assessmentId',
      snapshots: 'id, createdAt, assessmentId',
      meta: 'key',
      catalogues: 'key',
    },
  },
  {
    version: 3,
    stores: {
      /** The edit session's undo and redo stacks, one row per assessment (the last 50 changes each). */
      undoStacks: 'assessmentId',
    },
  },
] as const;

export const DATABASE_NAME = 'mgi-workbench';
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
