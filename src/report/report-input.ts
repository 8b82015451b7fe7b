import { z } from 'zod';
import { BundleRecordsSchema } from '@/domain/assessment-schemas';
import { withResponseTranslations, withSourceTranslations } from '@/domain/bilingual-records';
import { normalizeProfileDraft } from '@/domain/profile-draft';
import type { AssessmentBundle } from '@/domain/assessment-bundle';
import type { ReportProducer } from './report-version';

/**
 * The data a report is built from, as a file: the input of `npm run report` and the JSON the PDF
 * carries inside itself. Either a bare assessment bundle (what the app stores for one assessment)
 * or an envelope that also carries the previous round, so the round comparison can be printed:
 *
 *   { "format": "mgi-report-data", "version": 1, "producedBy": { "app": "0.1.0", "drawing": 2 },
 *     "bundle": {…}, "previous": {…} | null }
 *
 * `producedBy` (absent before reports recorded it) names the app version and page drawing that
 * made the report (report-version.ts).
 *
 * A bundle is { assessment, members, responses, sources, comments, history, profile? } with the
 * record shapes of src/domain/assessment.ts and src/domain/profile-draft.ts (see docs/REPORT.md).
 */

/** What the report is built from: the domain's assessment bundle. */
export type ReportBundle = AssessmentBundle;

export type ReportData = {
  readonly bundle: ReportBundle;
  readonly previous: ReportBundle | null;
  /** The app that made the report this data came from; absent in reports made before it was recorded. */
  readonly producedBy?: ReportProducer | undefined;
};

export const REPORT_DATA_FORMAT = 'mgi-report-data';
export const REPORT_DATA_VERSION = 1;

/**
 * Texts of any schema version: a version-1 string or { en, ar }, or a version-2 bilingual text.
 * Old report attachments still rebuild their report; normalizeProfileDraft converts them.
 */
const anyText = z.union([z.string().max(50_000), z.object({ en: z.string().max(50_000), ar: z.string().max(50_000) }).passthrough()]);
const ProfileDraftSchema = z
  .object({
    assessmentId: z.string().min(1),
    introduction: anyText,
    methodology: anyText,
    domainNarratives: z.record(z.string(), anyText),
    priorities: z.array(z.object({ id: z.string(), title: anyText, text: anyText }).passthrough()),
    keyData: z.array(z.object({ id: z.string(), label: anyText, value: anyText, year: z.string().max(40), source: anyText }).passthrough()),
    editing: z.object({
      order: z.array(z.string()),
      overrides: z.record(z.string(), z.object({}).passthrough()),
      added: z.array(z.object({ id: z.string() }).passthrough()),
    }),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .passthrough()
  .transform((draft) => normalizeProfileDraft(draft));

const BundleSchema = BundleRecordsSchema.extend({ profile: ProfileDraftSchema.nullable().optional() });

const EnvelopeSchema = z.object({
  format: z.literal(REPORT_DATA_FORMAT),
  version: z.literal(REPORT_DATA_VERSION),
  producedBy: z.object({ app: z.string().max(40), drawing: z.number().int().positive() }).optional(),
  bundle: BundleSchema,
  previous: BundleSchema.nullable(),
});

export class ReportInputError extends Error {
  constructor(
    readonly code: 'invalid-json' | 'invalid-data' | 'future-version' | 'wrong-assessment' | 'unknown-catalogue',
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
  // Data from a newer app: say so, rather than list the fields this version does not know.
  const version = isEnvelope && 'version' in value ? value.version : undefined;
  if (typeof version === 'number' && version > REPORT_DATA_VERSION) throw new ReportInputError('future-version', String(version));
  const parsed = isEnvelope ? EnvelopeSchema.safeParse(value) : BundleSchema.safeParse(value);
  if (!parsed.success) throw new ReportInputError('invalid-data', describeIssues(parsed.error.issues));
  const raw: ReportData =
    'format' in parsed.data
      ? { bundle: parsed.data.bundle, previous: parsed.data.previous, producedBy: parsed.data.producedBy }
      : { bundle: parsed.data, previous: null };
  const data: ReportData = {
    bundle: bilingualRecords(raw.bundle),
    previous: raw.previous ? bilingualRecords(raw.previous) : null,
    ...(raw.producedBy ? { producedBy: raw.producedBy } : {}),
  };
  const id = data.bundle.assessment.id;
  const foreign = [...data.bundle.responses, ...data.bundle.sources].find((record) => record.assessmentId !== id);
  if (foreign) throw new ReportInputError('wrong-assessment', `${foreign.id} belongs to ${foreign.assessmentId}, not ${id}`);
  return data;
}

/** Version-1 report data: single-language texts become originals in their own script's language. */
function bilingualRecords(bundle: ReportBundle): ReportBundle {
  return { ...bundle, responses: bundle.responses.map(withResponseTranslations), sources: bundle.sources.map(withSourceTranslations) };
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

/**
 * The exact text embedded in the PDF; its SHA-256 is the fingerprint printed in the annex.
 * `producedBy` null leaves it out, as reports made before it was recorded did.
 */
export function serializeReportData(data: ReportData, producedBy: ReportProducer | null): string {
  return JSON.stringify({
    format: REPORT_DATA_FORMAT,
    version: REPORT_DATA_VERSION,
    ...(producedBy ? { producedBy: { app: producedBy.app, drawing: producedBy.drawing } } : {}),
    bundle: data.bundle,
    previous: data.previous,
  });
}
