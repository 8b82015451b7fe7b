import { z } from 'zod';
import type { Assessment, Comment, HistoryEntry, Member, MemberAnswer, Response, Source } from './assessment';
import { ASSESSMENT_PHASES, CONFIDENCE_LEVELS, MEMBER_ROLES, RESPONSE_STATUSES, REVIEW_VERDICTS, SOURCE_TYPES } from './assessment';
import type { ValidationRecord } from './validation';
import {
  DOMAIN_DECISIONS,
  MAX_MEETINGS,
  MAX_NAME_LENGTH,
  MAX_PARTICIPANTS,
  MAX_PLACE_LENGTH,
  MAX_RESERVATIONS_LENGTH,
  MEETING_FORMATS,
} from './validation';
import { LOCK_KINDS } from './validation-readiness';
import './zod-jitless';

/**
 * Runtime validation of the records in assessment.ts, for every trust boundary (imports, backups,
 * member packages, upgrade tests). Kept apart so zod loads only with those features, not at start.
 * Each schema `satisfies` its hand-written type, so the two cannot drift apart.
 */

const id = z.string().min(1).max(200);
const isoTimestamp = z.string().datetime({ offset: true });
const userText = (max: number) => z.string().max(max);
export const localizedTextSchema = z.object({ en: userText(2000), ar: userText(2000) });
const locale = z.enum(['en', 'ar']);
/** A bilingual text (bilingual-text.ts). Version-1 files carry a bare string or { en, ar }: see asBilingual. */
export const bilingualTextSchema = (max: number) =>
  z.object({ en: userText(max), ar: userText(max), original: locale, checked: z.boolean(), same: z.boolean() });
const translationSchema = (max: number) => z.object({ original: locale, other: userText(max), checked: z.boolean(), same: z.boolean() });

const ValidationMeetingSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  place: userText(MAX_PLACE_LENGTH),
  format: z.enum(MEETING_FORMATS).optional(),
  participants: z
    .array(
      z.object({
        ministry: userText(MAX_NAME_LENGTH),
        official: userText(MAX_NAME_LENGTH),
        government: userText(MAX_NAME_LENGTH).optional(),
      }),
    )
    .max(MAX_PARTICIPANTS),
});

export const ValidationRecordSchema = z.object({
  meeting: ValidationMeetingSchema.nullable(),
  moreMeetings: z
    .array(ValidationMeetingSchema)
    .max(MAX_MEETINGS - 1)
    .optional(),
  decisions: z
    .array(
      z.object({
        domainId: id,
        decision: z.enum(DOMAIN_DECISIONS),
        reservations: userText(MAX_RESERVATIONS_LENGTH),
        decidedAt: isoTimestamp,
        decidedBy: id.nullable(),
        // Absent in records, packages and backups written before reservations were bilingual.
        translations: z.object({ reservations: translationSchema(MAX_RESERVATIONS_LENGTH).optional() }).optional(),
      }),
    )
    .max(50),
  lockedAt: isoTimestamp.nullable(),
  lockedBy: id.nullable().optional(),
  lockKind: z.enum(LOCK_KINDS).optional(),
  lockReservations: z
    .array(z.object({ domainId: id, indicatorIds: z.array(id).max(500) }))
    .max(50)
    .optional(),
}) satisfies z.ZodType<ValidationRecord>;

export const AssessmentSchema = z.object({
  id,
  frameworkId: id,
  catalogueVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  level: z.enum(['national', 'local']),
  /** ISO 3166-1 alpha-2; user-assigned codes (XA–XZ) mark fictional demo countries. */
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  /** For local assessments: the city or province. */
  placeName: userText(200).optional(),
  /** Only for fictional countries, whose name no locale data knows. */
  customCountryName: localizedTextSchema.optional(),
  round: z.number().int().min(1).max(99),
  year: z.number().int().min(2000).max(2100),
  previousAssessmentId: id.nullable(),
  phase: z.enum(ASSESSMENT_PHASES),
  isDemo: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  validation: ValidationRecordSchema.optional(),
  territorialScope: bilingualTextSchema(500).optional(),
}) satisfies z.ZodType<Assessment>;

export const MemberAnswerSchema = z.object({
  answer: z.string().max(50).nullable(),
  note: userText(5000),
  at: isoTimestamp,
}) satisfies z.ZodType<MemberAnswer>;

export const ResponseSchema = z.object({
  /** `${assessmentId}:${indicatorId}`: one response per indicator, so writes are idempotent. */
  id,
  assessmentId: id,
  indicatorId: id,
  /** null means "not scored", which is distinct from "no" and from "not applicable". */
  answer: z.string().max(50).nullable(),
  notApplicable: z.boolean(),
  notApplicableReason: userText(5000),
  justification: userText(50_000),
  confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
  status: z.enum(RESPONSE_STATUSES),
  assigneeId: id.nullable(),
  memberAnswers: z.record(id, MemberAnswerSchema),
  agreedRationale: userText(20_000),
  dissent: userText(20_000),
  /** Bumped on every write: a writer holding an older revision must not silently overwrite. */
  revision: z.number().int().min(0),
  updatedAt: isoTimestamp,
  updatedBy: id.nullable(),
  translations: z
    .object({ justification: translationSchema(50_000).optional(), notApplicableReason: translationSchema(5000).optional() })
    .optional(),
}) satisfies z.ZodType<Response>;

export const SourceSchema = z.object({
  id,
  assessmentId: id,
  indicatorId: id,
  type: z.enum(SOURCE_TYPES),
  title: userText(1000).min(1),
  section: userText(500),
  date: userText(40),
  url: userText(2000),
  excerpt: userText(20_000),
  createdAt: isoTimestamp,
  createdBy: id.nullable(),
  translations: z.object({ title: translationSchema(1000).optional(), section: translationSchema(500).optional() }).optional(),
}) satisfies z.ZodType<Source>;

export const CommentSchema = z.object({
  id,
  assessmentId: id,
  indicatorId: id,
  parentId: id.nullable(),
  authorId: id.nullable(),
  body: userText(20_000),
  verdict: z.enum(REVIEW_VERDICTS).nullable(),
  suggestedAnswer: z.string().max(50).nullable(),
  resolved: z.boolean(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
}) satisfies z.ZodType<Comment>;

export const MemberSchema = z.object({
  id,
  assessmentId: id,
  name: userText(200).min(1),
  institution: userText(300),
  role: z.enum(MEMBER_ROLES),
  createdAt: isoTimestamp,
  retired: z.boolean().optional(),
}) satisfies z.ZodType<Member>;

const jsonValue: z.ZodType<unknown> = z.unknown();

export const HistoryEntrySchema = z.object({
  /** Auto-incremented by the store; absent until written. */
  seq: z.number().int().optional(),
  id,
  assessmentId: id,
  indicatorId: id.nullable(),
  entity: z.enum(['assessment', 'response', 'source', 'comment', 'member']),
  entityId: id,
  field: z.string().max(100),
  before: jsonValue,
  after: jsonValue,
  reason: userText(5000),
  memberId: id.nullable(),
  at: isoTimestamp,
}) satisfies z.ZodType<HistoryEntry>;

/**
 * The records of one assessment as files carry them (member packages, snapshots, report data).
 * Each format adds its own checks or fields on top of this one shape.
 */
export const BundleRecordsSchema = z.object({
  assessment: AssessmentSchema,
  members: z.array(MemberSchema),
  responses: z.array(ResponseSchema),
  sources: z.array(SourceSchema),
  comments: z.array(CommentSchema),
  history: z.array(HistoryEntrySchema),
});
