import { z } from 'zod';
import {
  AssessmentSchema,
  CommentSchema,
  HistoryEntrySchema,
  MemberSchema,
  ResponseSchema,
  SourceSchema,
} from '@/domain/assessment-schemas';
import { canonicalJson } from '@/domain/merge-canonical';
import { ExchangeError } from '@/domain/merge-errors';
import { customIssue } from '@/domain/schema-problem-kinds';
import { firstSchemaProblem } from '@/domain/schema-problem';
import { checkBackupTables, checkOneAssessmentMeta } from './backup-checks';
import { sha256Hex } from '@/lib/sha256';
import { decryptText, encryptText } from './crypto-passphrase';
import {
  assertChecksum,
  assertNoUnsafeKeys,
  BACKUP_FORMAT,
  issuePath,
  MAX_BACKUP_BYTES,
  parseJsonText,
  readHeader,
  readLimitedText,
} from './package-file-guard';

/**
 * The backup file: every table of the store (or one assessment's rows), restorable all at once.
 *
 *   plain:     { format: "mgi-workbench/backup", formatVersion: 1, encryption: null,
 *                sha256: "<SHA-256 of canonical content>", content: { … } }
 *   encrypted: { format, formatVersion, encryption: { cipher: "AES-GCM", kdf: "PBKDF2",
 *                hash: "SHA-256", iterations, salt, iv }, ciphertext: "<base64>" }
 * The ciphertext decrypts to the canonical JSON of { sha256, content }.
 */

export const BACKUP_FORMAT_VERSION = 1;

const id = z.string().min(1).max(200);
const iso = z.string().datetime({ offset: true });

const StoredHistorySchema = HistoryEntrySchema.extend({ seq: z.number().int().min(1) });

export const BackupTablesSchema = z.object({
  assessments: z.array(AssessmentSchema),
  responses: z.array(ResponseSchema),
  sources: z.array(SourceSchema),
  comments: z.array(CommentSchema),
  members: z.array(MemberSchema),
  history: z.array(StoredHistorySchema),
  profiles: z.array(z.looseObject({ assessmentId: id })),
  snapshots: z.array(z.looseObject({ id, createdAt: iso, assessmentId: id.nullable() })),
  meta: z.array(z.object({ key: z.string().min(1).max(300), value: z.unknown() })),
  catalogues: z.array(
    z.object({ key: z.string().min(1).max(300), fileName: z.string().max(300), text: z.string(), importedAt: z.string() }),
  ),
});
export type BackupTables = z.infer<typeof BackupTablesSchema>;
export const BACKUP_TABLE_NAMES = Object.keys(BackupTablesSchema.shape) as (keyof BackupTables)[];

const PRIMARY_KEYS: Record<keyof BackupTables, string> = {
  assessments: 'id',
  responses: 'id',
  sources: 'id',
  comments: 'id',
  members: 'id',
  history: 'seq',
  profiles: 'assessmentId',
  snapshots: 'id',
  meta: 'key',
  catalogues: 'key',
};

export const BackupContentSchema = z
  .object({
    createdAt: iso,
    schemaVersion: z.number().int().min(1),
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('all') }),
      z.object({ kind: z.literal('assessment'), assessmentId: id }),
    ]),
    tables: BackupTablesSchema,
  })
  .superRefine((content, context) => {
    for (const table of BACKUP_TABLE_NAMES) {
      const seen = new Set<unknown>();
      const key = PRIMARY_KEYS[table];
      (content.tables[table] as readonly Record<string, unknown>[]).forEach((row, index) => {
        if (seen.has(row[key])) context.addIssue(customIssue('duplicate', ['tables', table, index, key], 'duplicate key'));
        seen.add(row[key]);
      });
    }
    if (content.scope.kind === 'assessment') {
      const only = content.scope.assessmentId;
      checkOneAssessmentMeta(content.tables.meta, only, context);
      if (content.tables.assessments.length !== 1 || content.tables.assessments[0]?.id !== only) {
        context.addIssue(customIssue('scope-mismatch', ['tables', 'assessments'], 'must hold exactly its assessment'));
      }
      for (const table of ['responses', 'sources', 'comments', 'members', 'history', 'profiles'] as const) {
        content.tables[table].forEach((row, index) => {
          if (row.assessmentId !== only)
            context.addIssue(customIssue('other-assessment', ['tables', table, index, 'assessmentId'], 'belongs to another assessment'));
        });
      }
    }
    checkBackupTables(content.tables, context);
  });
export type BackupContent = z.infer<typeof BackupContentSchema>;

/** Refuses to write a backup this app could not read back (see MAX_BACKUP_BYTES). */
function assertRestorable(text: string): string {
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES)
    throw new ExchangeError('backup-too-large', { limitMb: Math.round(MAX_BACKUP_BYTES / (1024 * 1024)) });
  return text;
}

export async function serializeBackup(content: BackupContent, passphrase: string | null): Promise<string> {
  const canonical = canonicalJson(content);
  const sha256 = await sha256Hex(canonical);
  if (passphrase === null) {
    return assertRestorable(
      JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, encryption: null, sha256, content }),
    );
  }
  const { header, ciphertext } = await encryptText(canonicalJson({ sha256, content }), passphrase);
  return assertRestorable(JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, encryption: header, ciphertext }));
}

/** Whether a backup text needs a passphrase, so the UI can ask before the slow key derivation. */
export function isEncryptedBackup(text: string): boolean {
  const { body } = readHeader(parseJsonText(text), BACKUP_FORMAT, BACKUP_FORMAT_VERSION);
  return body.encryption !== null && body.encryption !== undefined;
}

function validate(content: unknown): BackupContent {
  const result = BackupContentSchema.safeParse(content);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ExchangeError(
      'invalid-content',
      { path: issuePath(issue?.path ?? []), problem: issue?.message ?? '' },
      firstSchemaProblem(result.error, content, 'content'),
    );
  }
  return result.data;
}

/** Parses, decrypts (when needed) and validates backup text. Never touches the store. */
export async function parseBackupText(text: string, passphrase: string): Promise<BackupContent> {
  const { body } = readHeader(parseJsonText(text), BACKUP_FORMAT, BACKUP_FORMAT_VERSION);
  if (body.encryption === null || body.encryption === undefined) {
    if (!('content' in body)) throw new ExchangeError('invalid-content', { path: 'content', problem: 'missing' });
    await assertChecksum(body.content, body.sha256);
    return validate(body.content);
  }
  const plaintext = await decryptText(body.encryption, body.ciphertext, passphrase);
  const inner = parseJsonText(plaintext);
  assertNoUnsafeKeys(inner);
  if (typeof inner !== 'object' || inner === null || !('content' in inner))
    throw new ExchangeError('invalid-content', { path: 'content', problem: 'missing' });
  await assertChecksum(inner.content, (inner as { sha256?: unknown }).sha256);
  return validate(inner.content);
}

export function readBackupText(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<string> {
  return readLimitedText(file, MAX_BACKUP_BYTES);
}

export function backupFileName(createdAt: string, scopeLabel: string | null, encrypted: boolean): string {
  const stamp = createdAt.slice(0, 16).replace(/[:T]/g, '-');
  const scope = scopeLabel ? `-${scopeLabel.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')}` : '';
  return `mgi-backup${scope}-${stamp}${encrypted ? '.encrypted' : ''}.json`;
}
