import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@/db/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/db/schema';
import { normalizeProfileDraft } from '@/domain/profile-draft';
import {
  AssessmentSchema,
  CommentSchema,
  HistoryEntrySchema,
  MemberSchema,
  ResponseSchema,
  SourceSchema,
} from '@/domain/assessment-schemas';

/**
 * The upgrade harness: for every fixture of a released schema, write its rows with that schema's
 * own declaration, then open the database with today's code and check that nothing was lost and
 * every row still satisfies today's record schemas.
 */

type Fixture = { version: number; stores: Record<string, string>; rows: Record<string, Record<string, unknown>[]> };

const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'db');
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /^schema-v\d+\.json$/.test(name))
  .map((name) => ({ name, fixture: JSON.parse(readFileSync(join(fixtureDir, name), 'utf8')) as Fixture }));

const recordSchemas = {
  assessments: AssessmentSchema,
  responses: ResponseSchema,
  sources: SourceSchema,
  comments: CommentSchema,
  members: MemberSchema,
  history: HistoryEntrySchema,
};

const opened: Dexie[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close();
    await Dexie.delete(database.name);
  }
});

async function writeLegacy(name: string, fixture: Fixture): Promise<void> {
  const legacy = new Dexie(name);
  legacy.version(fixture.version).stores(fixture.stores);
  await legacy.open();
  await legacy.transaction('rw', legacy.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await legacy.table(table).bulkAdd(rows);
  });
  legacy.close();
}

describe('opening data written by older schemas', () => {
  it('has a fixture for every schema version', () => {
    const versions = fixtures.map((f) => f.fixture.version).sort((a, b) => a - b);
    expect(versions).toEqual(SCHEMA_VERSIONS.map((schema) => schema.version));
  });

  for (const { name, fixture } of fixtures) {
    it(`opens ${name} with the current schema and loses nothing`, async () => {
      const dbName = `upgrade-${name}-${Math.random()}`;
      await writeLegacy(dbName, fixture);
      const current = new WorkbenchDatabase(dbName);
      opened.push(current);
      await current.open();
      expect(current.verno).toBe(LATEST_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.rows)) {
        const stored = await current.table(table).toArray();
        expect(stored).toHaveLength(rows.length);
        for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
        const schema = recordSchemas[table as keyof typeof recordSchemas];
        // Profile drafts have no zod schema: a stored draft is already in today's shape when normalizing changes nothing.
        if (table === 'profiles') for (const row of stored) expect(normalizeProfileDraft(row)).toEqual(row);
        else if (schema) for (const row of stored) expect(schema.safeParse(row).error).toBeUndefined();
      }
      // Indexes still answer the queries the app makes.
      const responses = fixture.rows.responses ?? [];
      for (const assessmentId of new Set(responses.map((row) => String(row.assessmentId)))) {
        expect(await current.responses.where('assessmentId').equals(assessmentId).count()).toBe(
          responses.filter((row) => row.assessmentId === assessmentId).length,
        );
      }
      const history = fixture.rows.history ?? [];
      const first = history[0];
      if (first) {
        const key = [String(first.assessmentId), String(first.indicatorId)];
        expect(await current.history.where('[assessmentId+indicatorId]').equals(key).count()).toBe(
          history.filter((row) => row.assessmentId === key[0] && row.indicatorId === key[1]).length,
        );
      }
      // The edit session's undo stacks (version 3 on) still load: each entry has its steps.
      for (const row of (await current.table('undoStacks').toArray()) as { undo: { steps: unknown[] }[] }[]) {
        for (const entry of row.undo) expect(entry.steps.length).toBeGreaterThan(0);
      }
    });
  }
});
