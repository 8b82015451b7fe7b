import type { Member, Response, Source } from '@/domain/assessment';
import type { ReportBundle, ReportData } from './report-input';

/**
 * What a report PDF carries inside itself. Officials circulate the PDF, and anyone can open its
 * attachments, so by default it carries only the public data its pages print; the working group's
 * internal record (names, comments, history, members' own answers, dissent, rationale) goes in
 * only on request, and only while the assessment is an internal draft.
 *
 * The pages are always built from the public projection, whatever is attached, so a check can
 * rebuild the page text from either attachment and compare it with what is printed.
 */

export const ATTACHMENT_POLICIES = ['public', 'none', 'full'] as const;
export type AttachmentPolicy = (typeof ATTACHMENT_POLICIES)[number];

export class AttachmentPolicyError extends Error {
  readonly code = 'full-record-refused';
  constructor(readonly phase: string) {
    super(`The full working record is only attached to internal drafts, not to a ${phase} assessment`);
    this.name = 'AttachmentPolicyError';
  }
}

/** The full record may leave the working group only inside an internal draft. */
export function fullRecordAllowed(bundle: ReportBundle): boolean {
  return bundle.assessment.phase !== 'validated' && bundle.assessment.phase !== 'published';
}

/** Members as the report prints them: how many took part, in which role; no name (but the locker's, see publicBundle). */
function publicMember(member: Member, index: number, createdAt: string): Member {
  return {
    id: `member-${index + 1}`,
    assessmentId: member.assessmentId,
    name: `#${index + 1}`,
    institution: '',
    role: member.role,
    createdAt,
  };
}

/** The answer as printed: state, justification, reason for "not applicable". */
function publicResponse(response: Response, updatedAt: string): Response {
  return {
    ...response,
    assigneeId: null,
    memberAnswers: {},
    agreedRationale: '',
    dissent: '',
    revision: 0,
    updatedAt,
    updatedBy: null,
  };
}

/** A source as printed: title, link, section, date; not who entered it, nor the excerpt. */
function publicSource(source: Source, createdAt: string): Source {
  return { ...source, excerpt: '', createdAt, createdBy: null };
}

export function publicBundle(bundle: ReportBundle): ReportBundle {
  const { assessment } = bundle;
  // The Validation section prints who locked the assessment, so that one name is public.
  const lockedBy = assessment.validation?.lockedBy ?? null;
  return {
    assessment,
    members: bundle.members.map((member, index) => (member.id === lockedBy ? member : publicMember(member, index, assessment.createdAt))),
    responses: bundle.responses.map((response) => publicResponse(response, assessment.updatedAt)),
    sources: bundle.sources.map((source) => publicSource(source, assessment.createdAt)),
    comments: [],
    history: [],
    profile: bundle.profile ? { ...bundle.profile, updatedBy: null } : (bundle.profile ?? null),
  };
}

/** The data the pages are built from (both rounds projected to what is printed). */
export function publicReportData(data: ReportData): ReportData {
  return { bundle: publicBundle(data.bundle), previous: data.previous ? publicBundle(data.previous) : null };
}

/** The data that goes into the PDF as a file, or null for "none". */
export function attachedReportData(data: ReportData, policy: AttachmentPolicy): ReportData | null {
  if (policy === 'none') return null;
  if (policy === 'full') {
    if (!fullRecordAllowed(data.bundle)) throw new AttachmentPolicyError(data.bundle.assessment.phase);
    return data;
  }
  return publicReportData(data);
}
