import { z } from 'zod';
import { BundleRecordsSchema } from '@/domain/assessment-schemas';
import { canonicalJson } from '@/domain/merge-canonical';
import { ExchangeError } from '@/domain/merge-errors';
import { customIssue } from '@/domain/schema-problem-kinds';
import { firstSchemaProblem } from '@/domain/schema-problem';
import { MergeBaseSchema } from '@/domain/merge-exchange-state';
import type { IncomingPackage } from '@/domain/merge-exchange-state';
import type { AssessmentBundle } from '@/domain/merge-types';
import { sha256Hex } from '@/lib/sha256';
import { packageAbout, packageLabel } from './package-label';
import {
  assertChecksum,
  issuePath,
  MAX_PACKAGE_BYTES,
  PACKAGE_FORMAT,
  parseJsonText,
  readHeader,
  readLimitedText,
} from './package-file-guard';

/**
 * The member package: one assessment as one member has it, sent by email or USB stick.
 *
 *   { "format": "mgi-workbench/member-package", "formatVersion": 1,
 *     "sha256": "<hex SHA-256 of the canonical JSON of content>",
 *     "content": { packageId, exportedAt, senderDeviceId, senderMemberId, bundle, bases } }
 *
 * `bases` carries, per peer browser the sender has imported from, the merge base of that
 * exchange (see domain/merge-base.ts): it lets the receiver merge three-way.
 */

export const PACKAGE_FORMAT_VERSION = 1;

const id = z.string().min(1).max(200);
export const PeerBaseSchema = z.object({ packageId: id, exportedAt: z.string().datetime({ offset: true }), base: MergeBaseSchema });
export type PeerBase = z.infer<typeof PeerBaseSchema>;

const BundleSchema = BundleRecordsSchema.superRefine((bundle, context) => {
  const assessmentId = bundle.assessment.id;
  const tables = ['members', 'responses', 'sources', 'comments', 'history'] as const;
  for (const table of tables) {
    const seen = new Set<string>();
    bundle[table].forEach((row, index) => {
      if (row.assessmentId !== assessmentId)
        context.addIssue(customIssue('other-assessment', [table, index, 'assessmentId'], 'belongs to another assessment'));
      if (seen.has(row.id)) context.addIssue(customIssue('duplicate', [table, index, 'id'], 'duplicate id'));
      seen.add(row.id);
    });
  }
  bundle.responses.forEach((response, index) => {
    if (response.id !== `${assessmentId}:${response.indicatorId}`)
      context.addIssue(customIssue('id-mismatch', ['responses', index, 'id'], 'id must be assessment:indicator'));
  });
}) satisfies z.ZodType<AssessmentBundle>;

export const PackageContentSchema = z.object({
  packageId: id,
  exportedAt: z.string().datetime({ offset: true }),
  senderDeviceId: id,
  senderMemberId: id.nullable(),
  bundle: BundleSchema,
  bases: z.record(id, PeerBaseSchema),
});
export type PackageContent = z.infer<typeof PackageContentSchema>;

export type MemberPackage = { readonly sha256: string; readonly content: PackageContent };

/** Serialises a package; the checksum covers the canonical form, so key order never matters. */
export async function serializePackage(content: IncomingPackage['content']): Promise<{ text: string; sha256: string }> {
  const sha256 = await sha256Hex(canonicalJson(content));
  // `about` names the package for someone reading the file; imports read the checksummed content.
  const file = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    about: packageAbout(packageLabel(content)),
    sha256,
    content,
  };
  return { text: JSON.stringify(file), sha256 };
}

/** Parses and validates package text; throws ExchangeError with a specific code. Never touches the store. */
export async function parsePackageText(text: string): Promise<MemberPackage> {
  const { body } = readHeader(parseJsonText(text), PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION);
  if (!('content' in body)) throw new ExchangeError('invalid-content', { path: 'content', problem: 'missing' });
  await assertChecksum(body.content, body.sha256);
  const result = PackageContentSchema.safeParse(body.content);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ExchangeError(
      'invalid-content',
      { path: issuePath(issue?.path ?? []), problem: issue?.message ?? '' },
      firstSchemaProblem(result.error, body.content, 'content'),
    );
  }
  return { sha256: String(body.sha256).toLowerCase(), content: result.data };
}

export async function readPackageFile(file: Pick<Blob, 'size' | 'arrayBuffer'>): Promise<MemberPackage> {
  return parsePackageText(await readLimitedText(file, MAX_PACKAGE_BYTES));
}
