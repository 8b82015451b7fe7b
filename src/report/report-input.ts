import { z } from 'zod';
import { BundleRecordsSchema, localizedTextSchema } from '@/domain/assessment-schemas';
import type { AssessmentBundle } from '@/domain/assessment-bundle';

/**
 * The data a report is built from, as a file: the input of `npm run report` and the JSON the PDF
 * carries inside itself. Either a bare assessment bundle (what the app stores for one assessment)
 * or an envelope that also carries the previous round, so the round comparison can be printed:
 *
 *   { "format": "mgi-report-data", "version": 1, "bundle": {…}, "previous": {…} | null }
 *
 * A bundle is { assessment, members, responses, sources, comments, history, profile? } with the
 * record shapes of src/domain/assessment.ts and src/domain/profile-draft.ts (see docs/REPORT.md).
 */

/** What the report is built from: the domain's assessment bundle. */
export type ReportBundle = AssessmentBundle;

export type ReportData = {
  readonly bundle: ReportBundle;
  readonly previous: ReportBundle | null;
};

export const REPORT_DATA_FORMAT = 'mgi-report-data';
export const REPORT_DATA_VERSION = 1;

const text = localizedTextSchema;
const FindingOverrideSchema = z.object({ text: text.nullable().optional(), note: z.string().max(5000).optional(), hidden: z.boolean().optional() });
const ProfileDraftSchema = z.object({
  assessmentId: z.string().min(1),
  introduction: text,
  methodology: text,
  domainNarratives: z.record(z.string(), text),
  priorities: z.array(z.object({ id: z.string(), title: text, text })),
  keyData: z.array(z.object({ id: z.string(), label: text, value: z.string().max(200), year: z.string().max(40), source: z.string().max(1000) })),
  editing: z.object({
    order: z.array(z.string()),
    overrides: z.record(z.string(), FindingOverrideSchema),
    added: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['well-developed', 'potential']),
        domainId: z.string(),
        indicatorIds: z.array(z.string()),
        text,
        note: z.string().max(5000),
      }),
    ),
  }),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

const BundleSchema = BundleRecordsSchema.extend({ profile: ProfileDraftSchema.nullable().optional() });

const EnvelopeSchema = z.object({
  format: z.literal(REPORT_DATA_FORMAT),
  version: z.literal(REPORT_DATA_VERSION),
  bundle: BundleSchema,
  previous: BundleSchema.nullable(),
});

export class ReportInputError extends Error {
  constructor(
    readonly code: 'invalid-json' | 'invalid-data' | 'wrong-assessment' | 'unknown-catalogue',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ReportInputError';
  }
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Validates parsed JSON as report data; a bare bundle becomes an envelope with no previous round. */
export function toReportData(value: unknown): ReportData {
  const isEnvelope = typeof value === 'object' && value !== null && 'format' in value;
  const parsed = isEnvelope ? EnvelopeSchema.safeParse(value) : BundleSchema.safeParse(value);
  if (!parsed.success) throw new ReportInputError('invalid-data', describeIssues(parsed.error.issues));
  const data: ReportData = 'format' in parsed.data ? { bundle: parsed.data.bundle, previous: parsed.data.previous } : { bundle: parsed.data, previous: null };
  const id = data.bundle.assessment.id;
  const foreign = [...data.bundle.responses, ...data.bundle.sources].find((record) => record.assessmentId !== id);
  if (foreign) throw new ReportInputError('wrong-assessment', `${foreign.id} belongs to ${foreign.assessmentId}, not ${id}`);
  return data;
}

export function parseReportData(json: string): ReportData {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ReportInputError('invalid-json', error instanceof Error ? error.message : String(error));
  }
  return toReportData(value);
}

/** The exact text embedded in the PDF; its SHA-256 is the fingerprint printed in the annex. */
export function serializeReportData(data: ReportData): string {
  return JSON.stringify({ format: REPORT_DATA_FORMAT, version: REPORT_DATA_VERSION, bundle: data.bundle, previous: data.previous });
}
