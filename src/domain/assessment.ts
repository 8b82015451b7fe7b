import type { BilingualText, TextTranslation } from './bilingual-text';
import type { LocalizedText } from './localized-text';
import type { ValidationRecord } from './validation';

/**
 * The records a working group produces. Plain types and pure helpers only; their runtime
 * validation lives in assessment-schemas.ts, which is loaded only where data crosses a boundary.
 */

export const ASSESSMENT_PHASES = ['data-collection', 'consultation', 'validated', 'published'] as const;
export type AssessmentPhase = (typeof ASSESSMENT_PHASES)[number];

export type Assessment = {
  id: string;
  frameworkId: string;
  catalogueVersion: string;
  level: 'national' | 'local';
  /** ISO 3166-1 alpha-2; user-assigned codes (XA–XZ) mark fictional demo countries. */
  countryCode: string;
  /** For local assessments: the city or province. */
  placeName?: string | undefined;
  /** Only for fictional countries, whose name no locale data knows. */
  customCountryName?: LocalizedText | undefined;
  round: number;
  year: number;
  previousAssessmentId: string | null;
  phase: AssessmentPhase;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  /** The validation meeting and per-domain decisions (validation.ts); absent until recorded. */
  validation?: ValidationRecord | undefined;
  /** What the profile covers, printed on its cover (e.g. federal Iraq and the Kurdistan Region). */
  territorialScope?: BilingualText | undefined;
};

export const RESPONSE_STATUSES = ['not-started', 'draft', 'in-review', 'agreed', 'validated'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export type MemberAnswer = { answer: string | null; note: string; at: string };

export type Response = {
  /** `${assessmentId}:${indicatorId}`: one response per indicator, so writes are idempotent. */
  id: string;
  assessmentId: string;
  indicatorId: string;
  /** null means "not scored", which is distinct from "no" and from "not applicable". */
  answer: string | null;
  notApplicable: boolean;
  notApplicableReason: string;
  justification: string;
  confidence: Confidence | null;
  status: ResponseStatus;
  assigneeId: string | null;
  memberAnswers: Record<string, MemberAnswer>;
  agreedRationale: string;
  dissent: string;
  /** Bumped on every write: a writer holding an older revision must not silently overwrite. */
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
  /** The other language of the free texts above (bilingual-text.ts); absent: not yet translated. */
  translations?: ResponseTranslations | undefined;
};

export type ResponseTranslations = {
  readonly justification?: TextTranslation | undefined;
  readonly notApplicableReason?: TextTranslation | undefined;
};
export type SourceTranslations = { readonly title?: TextTranslation | undefined; readonly section?: TextTranslation | undefined };

export const SOURCE_TYPES = ['law', 'regulation', 'policy', 'report', 'interview', 'website', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export type Source = {
  id: string;
  assessmentId: string;
  indicatorId: string;
  type: SourceType;
  title: string;
  section: string;
  date: string;
  url: string;
  excerpt: string;
  createdAt: string;
  createdBy: string | null;
  /** The other language of the title and section; absent: not yet translated. */
  translations?: SourceTranslations | undefined;
};

export const REVIEW_VERDICTS = ['agree', 'agree-with-comments', 'disagree'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export type Comment = {
  id: string;
  assessmentId: string;
  indicatorId: string;
  parentId: string | null;
  authorId: string | null;
  body: string;
  verdict: ReviewVerdict | null;
  suggestedAnswer: string | null;
  resolved: boolean;
  createdAt: string;
  updatedAt: string;
};

export const MEMBER_ROLES = ['coordinator', 'member', 'researcher', 'reviewer', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export type Member = {
  id: string;
  assessmentId: string;
  name: string;
  institution: string;
  role: MemberRole;
  createdAt: string;
  /** Retired members no longer take part: kept so history still names them, hidden from pickers. */
  retired?: boolean | undefined;
};

export type HistoryEntity = 'assessment' | 'response' | 'source' | 'comment' | 'member';

export type HistoryEntry = {
  /** Auto-incremented by the store; absent until written. */
  seq?: number | undefined;
  id: string;
  assessmentId: string;
  indicatorId: string | null;
  entity: HistoryEntity;
  entityId: string;
  field: string;
  before: unknown;
  after: unknown;
  reason: string;
  memberId: string | null;
  at: string;
};

export function responseId(assessmentId: string, indicatorId: string): string {
  return `${assessmentId}:${indicatorId}`;
}

/** A fresh, unscored response: what an indicator shows before anyone touches it. */
export function emptyResponse(assessmentId: string, indicatorId: string, at: string): Response {
  return {
    id: responseId(assessmentId, indicatorId),
    assessmentId,
    indicatorId,
    answer: null,
    notApplicable: false,
    notApplicableReason: '',
    justification: '',
    confidence: null,
    status: 'not-started',
    assigneeId: null,
    memberAnswers: {},
    agreedRationale: '',
    dissent: '',
    revision: 0,
    updatedAt: at,
    updatedBy: null,
  };
}
