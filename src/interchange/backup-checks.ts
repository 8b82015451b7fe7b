import { z } from 'zod';
import { bilingualTextSchema, BundleRecordsSchema, localizedTextSchema } from '@/domain/assessment-schemas';
import { catalogueKey } from '@/domain/catalogue';
import { ExchangeStateSchema } from '@/domain/merge-exchange-state';
import { customIssue } from '@/domain/schema-problem-kinds';
import { parseCatalogueFile } from '@/catalog/parse-catalogue-file';
import { findHostileContent } from './hostile-input';

/**
 * The checks a restore makes beyond each row's shape, so that restoring a backup lets in nothing
 * that catalogue import or package import would refuse (issue 16: every door runs the same
 * checks): every record belongs to an assessment in the same file, profiles carry only the fields
 * the app knows, stored catalogues pass the catalogue import's checks, exchange states are valid.
 * Rows that belong to the device rather than to the data (its id, when it last backed up) are
 * recognised here so a restore can keep this device's own instead.
 */

const id = z.string().min(1).max(200);
const iso = z.string().datetime({ offset: true });

const editing = z.looseObject({
  order: z.array(z.string().max(300)),
  overrides: z.record(z.string().max(300), z.unknown()),
  added: z.array(z.looseObject({ id })),
});

/** A profile as schema version 1 stored it: { en, ar } texts, key-data value and source as plain strings. */
const StoredProfileV1Schema = z.strictObject({
  assessmentId: id,
  introduction: localizedTextSchema,
  methodology: localizedTextSchema,
  domainNarratives: z.record(z.string().max(200), localizedTextSchema),
  priorities: z.array(z.looseObject({ id, title: localizedTextSchema, text: localizedTextSchema })).max(200),
  keyData: z
    .array(
      z.looseObject({ id, label: localizedTextSchema, value: z.string().max(200), year: z.string().max(40), source: z.string().max(1000) }),
    )
    .max(500),
  editing,
  updatedAt: iso,
  updatedBy: id.nullable(),
});

/** A profile as schema version 2 stores it: every text bilingual with its original (issue 10). */
const text = bilingualTextSchema(20_000);
const StoredProfileV2Schema = z.strictObject({
  assessmentId: id,
  objective: text,
  introduction: text,
  methodology: text,
  acknowledgements: text,
  domainNarratives: z.record(z.string().max(200), text),
  priorities: z.array(z.looseObject({ id, title: text, text })).max(200),
  keyData: z.array(z.looseObject({ id, label: text, value: text, year: z.string().max(40), source: text })).max(500),
  editing,
  updatedAt: iso,
  updatedBy: id.nullable(),
});

/** A stored country profile of either schema version: known fields only (a hand-edited backup cannot smuggle others in). */
export const StoredProfileSchema = z.union([StoredProfileV2Schema, StoredProfileV1Schema]);

export const StoredSnapshotSchema = z.looseObject({
  id,
  createdAt: iso,
  assessmentId: id.nullable(),
  bundle: BundleRecordsSchema,
  exchangeState: ExchangeStateSchema.nullable().optional(),
});

const EXCHANGE_PREFIX = 'exchange:';

/** Meta rows that describe this device, never the data: a restore keeps the device's own. */
export function isDeviceMetaKey(key: string): boolean {
  return key === 'deviceId' || key === 'lastBackupAt' || key.startsWith('lastBackupAt:');
}

type Row = Record<string, unknown>;
type Tables = {
  readonly assessments: readonly { id: string }[];
  readonly responses: readonly { id: string; assessmentId: string; indicatorId: string }[];
  readonly sources: readonly { assessmentId: string }[];
  readonly comments: readonly { assessmentId: string }[];
  readonly members: readonly { assessmentId: string }[];
  readonly history: readonly { assessmentId: string }[];
  readonly profiles: readonly Row[];
  readonly snapshots: readonly Row[];
  readonly meta: readonly { key: string; value: unknown }[];
  readonly catalogues: readonly { key: string; fileName: string; text: string }[];
};

/** For a one-assessment backup: the only meta row its file may carry is that assessment's exchange state. */
export function checkOneAssessmentMeta(meta: readonly { key: string }[], assessmentId: string, context: z.RefinementCtx): void {
  meta.forEach((row, index) => {
    if (row.key !== `${EXCHANGE_PREFIX}${assessmentId}` && !isDeviceMetaKey(row.key))
      context.addIssue(customIssue('other-assessment', ['tables', 'meta', index, 'key'], 'belongs to another assessment'));
  });
}

/** Adds one issue per broken link or refused row, each with the path of the row it is in. */
export function checkBackupTables(tables: Tables, context: z.RefinementCtx): void {
  const assessmentIds = new Set(tables.assessments.map((row) => row.id));
  for (const table of ['responses', 'sources', 'comments', 'members', 'history'] as const) {
    tables[table].forEach((row, index) => {
      if (!assessmentIds.has(row.assessmentId))
        context.addIssue(customIssue('orphan', ['tables', table, index, 'assessmentId'], 'assessment not in the file'));
    });
  }
  tables.responses.forEach((row, index) => {
    if (row.id !== `${row.assessmentId}:${row.indicatorId}`)
      context.addIssue(customIssue('id-mismatch', ['tables', 'responses', index, 'id'], 'id must be assessment:indicator'));
  });
  tables.profiles.forEach((row, index) => {
    const parsed = StoredProfileSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 1))
        context.addIssue({ ...issue, path: ['tables', 'profiles', index, ...issue.path] } as never);
    } else if (!assessmentIds.has(parsed.data.assessmentId)) {
      context.addIssue(customIssue('orphan', ['tables', 'profiles', index, 'assessmentId'], 'assessment not in the file'));
    }
  });
  tables.snapshots.forEach((row, index) => {
    const parsed = StoredSnapshotSchema.safeParse(row);
    if (!parsed.success)
      for (const issue of parsed.error.issues.slice(0, 1))
        context.addIssue({ ...issue, path: ['tables', 'snapshots', index, ...issue.path] } as never);
  });
  tables.meta.forEach((row, index) => {
    if (!row.key.startsWith(EXCHANGE_PREFIX)) return;
    if (!assessmentIds.has(row.key.slice(EXCHANGE_PREFIX.length)))
      context.addIssue(customIssue('orphan', ['tables', 'meta', index, 'key'], 'assessment not in the file'));
    const parsed = ExchangeStateSchema.safeParse(row.value);
    if (!parsed.success)
      for (const issue of parsed.error.issues.slice(0, 1))
        context.addIssue({ ...issue, path: ['tables', 'meta', index, 'value', ...issue.path] } as never);
  });
  tables.catalogues.forEach((row, index) => {
    const where = ['tables', 'catalogues', index, 'text'];
    let json: unknown;
    try {
      json = JSON.parse(row.text);
    } catch {
      context.addIssue(customIssue('refused-catalogue', where, 'catalogue text is not JSON'));
      return;
    }
    if (findHostileContent(json)) {
      context.addIssue(customIssue('refused-catalogue', where, 'catalogue text has forbidden content'));
      return;
    }
    const parsed = parseCatalogueFile(row.fileName, row.text);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      context.addIssue(customIssue('refused-catalogue', where, `catalogue: ${first?.path ?? ''} ${first?.detail ?? ''}`));
    } else if (catalogueKey(parsed.value.frameworkId, parsed.value.version) !== row.key) {
      context.addIssue(customIssue('id-mismatch', ['tables', 'catalogues', index, 'key'], 'key does not match the catalogue inside'));
    }
  });
}
