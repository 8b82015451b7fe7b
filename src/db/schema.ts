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
    },
  },
] as const;

export const DATABASE_NAME = 'mgi-workbench';
export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
