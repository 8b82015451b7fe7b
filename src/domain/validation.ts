import type { Assessment, AssessmentPhase } from './assessment';
import { isAssessmentLocked } from './assessment-lock';
import type { BilingualText, TextTranslation } from './bilingual-text';
import { fieldText, splitField, untranslated } from './bilingual-text';
import type { LockKind, LockReservation } from './validation-readiness';

/**
 * The government's validation of an assessment: the meeting where ministries reviewed the draft
 * (the inter-ministerial consultation that IOM calls the validation workshop), one decision per
 * domain, and the lock that follows. Pure rules; the commands in db/validation-commands.ts apply
 * them inside one transaction, and the screen shows the same issue codes, translated.
 */

export const DOMAIN_DECISIONS = ['validated', 'validated-with-reservations', 'not-validated'] as const;
export type DomainDecisionKind = (typeof DOMAIN_DECISIONS)[number];

export type ValidationParticipant = {
  ministry: string;
  official: string;
  /** Which government the institution belongs to, e.g. "Government of Iraq", "Kurdistan Regional Government"; absent in older records. */
  government?: string | undefined;
};

export const MEETING_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export type ValidationMeeting = {
  /** Calendar date of the meeting, YYYY-MM-DD (no time zone: it is what the minutes say). */
  date: string;
  place: string;
  /** Absent in records written before formats were recorded. */
  format?: MeetingFormat | undefined;
  participants: ValidationParticipant[];
};

export type DomainDecision = {
  domainId: string;
  decision: DomainDecisionKind;
  /** The reservations (or, when not validated, the reasons) as the meeting worded them: the original language. */
  reservations: string;
  decidedAt: string;
  decidedBy: string | null;
  /**
   * The reservations in the other language (bilingual-text.ts), like a justification's. Absent in
   * records written before reservations were bilingual: read as the original in the language its
   * script shows, not yet translated (reservationsText).
   */
  translations?: DecisionTranslations | undefined;
};

export type DecisionTranslations = { readonly reservations?: TextTranslation | undefined };

export type ValidationRecord = {
  /** The first meeting recorded; the lock needs at least this one. */
  meeting: ValidationMeeting | null;
  /**
   * Further sessions of the same validation (e.g. one in the capital, one with the regional
   * government), in the order recorded; absent in older records and read as none.
   */
  moreMeetings?: ValidationMeeting[] | undefined;
  decisions: DomainDecision[];
  /** When the assessment was locked as validated; null while open or after a reopening. */
  lockedAt: string | null;
  /** Who locked it (a member id or the secretariat); absent in older records. */
  lockedBy?: string | null | undefined;
  /** What the lock claims; older locks were plain validations. */
  lockKind?: LockKind | undefined;
  /** With reservations: the indicators still unresolved at the lock, per domain. */
  lockReservations?: LockReservation[] | undefined;
};

export const MAX_PARTICIPANTS = 100;
/** All meetings of one validation, the first included. */
export const MAX_MEETINGS = 20;
export const MAX_PLACE_LENGTH = 300;
export const MAX_NAME_LENGTH = 300;
export const MAX_RESERVATIONS_LENGTH = 10_000;
export const MAX_REOPEN_REASON_LENGTH = 5_000;

export type ValidationIssueCode =
  | 'required'
  | 'invalid-date'
  | 'future-date'
  | 'too-long'
  | 'too-many'
  | 'no-participants'
  | 'reservations-required'
  | 'unknown-domain'
  | 'locked'
  | 'not-locked'
  | 'meeting-missing'
  | 'domains-undecided'
  | 'domains-not-validated'
  | 'reason-required'
  | 'indicators-unresolved'
  | 'who-is-working';

/** `field` names the form field (e.g. `participants.2.ministry`) so the screen can put the message there. */
export type ValidationIssue = { readonly field: string; readonly code: ValidationIssueCode };

/** Thrown by commands when a rule refuses the change; nothing is written. */
export class ValidationRuleViolation extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`validation rules refused the change: ${issues.map((i) => `${i.field}:${i.code}`).join(', ')}`);
    this.name = 'ValidationRuleViolation';
  }
}

export function emptyValidationRecord(): ValidationRecord {
  return { meeting: null, decisions: [], lockedAt: null };
}

export function decisionIssues(
  decision: Pick<DomainDecision, 'domainId' | 'decision' | 'reservations' | 'translations'>,
  domainIds: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!domainIds.includes(decision.domainId)) issues.push({ field: 'domainId', code: 'unknown-domain' });
  const reservations = decision.reservations.trim();
  if (decision.decision !== 'validated' && reservations === '') issues.push({ field: 'reservations', code: 'reservations-required' });
  const other = decision.translations?.reservations?.other ?? '';
  if (reservations.length > MAX_RESERVATIONS_LENGTH || other.trim().length > MAX_RESERVATIONS_LENGTH)
    issues.push({ field: 'reservations', code: 'too-long' });
  return issues;
}

/** A decision's reservations in both languages; a record from before bilingual reservations reads as its original, untranslated. */
export function reservationsText(decision: Pick<DomainDecision, 'reservations' | 'translations'>): BilingualText {
  return fieldText(decision.reservations, decision.translations?.reservations);
}

/**
 * The decision's fields for reservations written in both languages: the original-language text in
 * `reservations` (what history and older readers see), the other language beside it. Nothing is
 * kept beside empty reservations, nor a translation record that says no more than the script does.
 */
export function decisionReservations(text: BilingualText): Pick<DomainDecision, 'reservations' | 'translations'> {
  const { text: original, translation } = splitField(text);
  if (original.trim() === '') return { reservations: '' };
  const implied = untranslated(original);
  const saysNothingMore =
    translation.original === implied.original && translation.other.trim() === '' && !translation.checked && !translation.same;
  return saysNothingMore ? { reservations: original } : { reservations: original, translations: { reservations: translation } };
}

function trimmed(text: BilingualText): BilingualText {
  return { ...text, en: text.en.trim(), ar: text.ar.trim() };
}

/**
 * Why the reservations of a recorded decision may not take `next` (both languages, from the
 * side-by-side editor): unknown decision, too long, emptied where the decision needs them, or, once
 * the assessment is validated, any change to the original as the meeting worded it (its
 * translation and check stay open until publication).
 */
export function reservationsEditIssues(
  assessment: Pick<Assessment, 'phase' | 'validation'>,
  domainId: string,
  next: BilingualText,
): ValidationIssue[] {
  if (assessment.phase === 'published') return [{ field: 'phase', code: 'locked' }];
  const decision = assessment.validation?.decisions.find((d) => d.domainId === domainId);
  if (!decision) return [{ field: 'domainId', code: 'unknown-domain' }];
  const stored = reservationsText(decision);
  const written = decisionReservations(next);
  if (isAssessmentLocked(assessment)) {
    const originalKept = next.original === stored.original && written.reservations === decision.reservations;
    if (!originalKept) return [{ field: 'phase', code: 'locked' }];
  }
  return decisionIssues({ domainId, decision: decision.decision, ...written }, [domainId]);
}

/** Replaces the decision for the same domain, keeping the others in catalogue order; its reservations stored as decisionReservations keeps them. */
export function withDecision(record: ValidationRecord, decision: DomainDecision, domainIds: readonly string[]): ValidationRecord {
  const rank = (id: string) => domainIds.indexOf(id);
  const others = record.decisions.filter((d) => d.domainId !== decision.domainId);
  const { translations: _replaced, ...rest } = decision;
  const decisions = [...others, { ...rest, ...decisionReservations(trimmed(reservationsText(decision))) }].sort(
    (a, b) => rank(a.domainId) - rank(b.domainId),
  );
  return { ...record, decisions };
}

export type ValidationProgress = {
  readonly decided: number;
  readonly total: number;
  readonly undecided: readonly string[];
  readonly notValidated: readonly string[];
  readonly withReservations: readonly string[];
};

export function validationProgress(record: ValidationRecord | undefined, domainIds: readonly string[]): ValidationProgress {
  const byDomain = new Map((record?.decisions ?? []).map((d) => [d.domainId, d]));
  const undecided = domainIds.filter((id) => !byDomain.has(id));
  const notValidated = domainIds.filter((id) => byDomain.get(id)?.decision === 'not-validated');
  const withReservations = domainIds.filter((id) => byDomain.get(id)?.decision === 'validated-with-reservations');
  return { decided: domainIds.length - undecided.length, total: domainIds.length, undecided, notValidated, withReservations };
}

/** Why the assessment cannot be locked as validated yet; empty when it can. */
export function lockIssues(assessment: Pick<Assessment, 'phase' | 'validation'>, domainIds: readonly string[]): ValidationIssue[] {
  if (isAssessmentLocked(assessment)) return [{ field: 'phase', code: 'locked' }];
  const issues: ValidationIssue[] = [];
  if (!assessment.validation?.meeting) issues.push({ field: 'meeting', code: 'meeting-missing' });
  const progress = validationProgress(assessment.validation, domainIds);
  if (progress.undecided.length > 0) issues.push({ field: 'decisions', code: 'domains-undecided' });
  if (progress.notValidated.length > 0) issues.push({ field: 'decisions', code: 'domains-not-validated' });
  return issues;
}

/** Only an open assessment takes new meeting details or decisions. */
export function editIssues(assessment: Pick<Assessment, 'phase'>): ValidationIssue[] {
  return isAssessmentLocked(assessment) ? [{ field: 'phase', code: 'locked' }] : [];
}

export function reopenIssues(assessment: Pick<Assessment, 'phase'>, reason: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isAssessmentLocked(assessment)) issues.push({ field: 'phase', code: 'not-locked' });
  const trimmed = reason.trim();
  if (trimmed === '') issues.push({ field: 'reason', code: 'reason-required' });
  else if (trimmed.length > MAX_REOPEN_REASON_LENGTH) issues.push({ field: 'reason', code: 'too-long' });
  return issues;
}

/** After a reopening the group is back in consultation; earlier decisions no longer hold. */
export const PHASE_AFTER_REOPENING: AssessmentPhase = 'consultation';

export function reopenedRecord(record: ValidationRecord | undefined): ValidationRecord {
  const more = record?.moreMeetings ?? [];
  return { meeting: record?.meeting ?? null, ...(more.length > 0 ? { moreMeetings: more } : {}), decisions: [], lockedAt: null };
}

/** Locks, reopenings and decisions name a person: a member or the secretariat, never nobody. */
export function attributionIssues(actorId: string | null): ValidationIssue[] {
  return actorId ? [] : [{ field: 'actor', code: 'who-is-working' }];
}

/** The record with one decision's reservations replaced (both languages); the decision itself stands. */
export function withReservations(record: ValidationRecord, domainId: string, text: BilingualText): ValidationRecord {
  return {
    ...record,
    decisions: record.decisions.map((decision) => {
      if (decision.domainId !== domainId) return decision;
      const { translations: _replaced, ...rest } = decision;
      return { ...rest, ...decisionReservations(text) };
    }),
  };
}
