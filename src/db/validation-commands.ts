import type { Assessment, HistoryEntry, ResponseStatus } from '@/domain/assessment';
import type { DomainDecision, ValidationIssue, ValidationMeeting } from '@/domain/validation';
import type { LockKind, LockReservation } from '@/domain/validation-readiness';
import { lockKindIssue, lockReservations, unresolvedByDomain } from '@/domain/validation-readiness';
import {
  attributionIssues,
  decisionIssues,
  editIssues,
  emptyValidationRecord,
  lockIssues,
  PHASE_AFTER_REOPENING,
  reopenedRecord,
  reopenIssues,
  ValidationRuleViolation,
  withDecision,
} from '@/domain/validation';
import { meetingIssues, normaliseMeeting, recordMeetings, withMeeting, withoutMeeting } from '@/domain/validation-meetings';
import { newId } from './commands';
import { db } from './db';
import { classifyStorageError } from './storage-errors';

/**
 * The validation workflow's writes. Each reads the assessment and checks the rules inside its
 * own transaction, so two tabs cannot both lock (or both reopen) from a stale view, and a refused
 * change leaves the store untouched. Every change is a history row with entity 'assessment'.
 */

/** Rule refusals pass through unchanged (the screen shows their issues); store failures are classified. */
async function runCommand<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof ValidationRuleViolation) throw error;
    throw classifyStorageError(error);
  }
}

function refuseIf(issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) throw new ValidationRuleViolation(issues);
}

async function loadAssessment(id: string): Promise<Assessment> {
  const assessment = await db.assessments.get(id);
  if (!assessment) throw new ValidationRuleViolation([{ field: 'assessment', code: 'required' }]);
  return assessment;
}

function historyRow(
  assessment: Assessment,
  field: string,
  before: unknown,
  after: unknown,
  reason: string,
  memberId: string | null,
  at: string,
): HistoryEntry {
  return {
    id: newId(),
    assessmentId: assessment.id,
    indicatorId: null,
    entity: 'assessment',
    entityId: assessment.id,
    field,
    before,
    after,
    reason,
    memberId,
    at,
  };
}

/**
 * Saves the meeting at `index` (0, the default, is the first; one past the last adds a meeting).
 * `today` is the user's calendar date (YYYY-MM-DD), passed in so the rule stays testable.
 */
export function saveValidationMeeting(
  assessmentId: string,
  input: ValidationMeeting,
  memberId: string | null,
  today: string,
  index = 0,
): Promise<ValidationMeeting> {
  const meeting = normaliseMeeting(input);
  return runCommand(() =>
    db.transaction('rw', [db.assessments, db.history], async () => {
      const assessment = await loadAssessment(assessmentId);
      refuseIf([...attributionIssues(memberId), ...editIssues(assessment), ...meetingIssues(meeting, today)]);
      const at = new Date().toISOString();
      const before = assessment.validation ?? emptyValidationRecord();
      const next = withMeeting(before, index, meeting);
      if (Array.isArray(next)) throw new ValidationRuleViolation(next);
      await db.assessments.put({ ...assessment, validation: next, updatedAt: at });
      await db.history.add(historyRow(assessment, 'validation.meeting', recordMeetings(before)[index] ?? null, meeting, '', memberId, at));
      return meeting;
    }),
  );
}

/** Removes a further meeting (never the first one, which the lock rests on). */
export function removeValidationMeeting(assessmentId: string, index: number, memberId: string | null): Promise<void> {
  return runCommand(() =>
    db.transaction('rw', [db.assessments, db.history], async () => {
      const assessment = await loadAssessment(assessmentId);
      refuseIf([...attributionIssues(memberId), ...editIssues(assessment)]);
      const before = assessment.validation ?? emptyValidationRecord();
      const next = withoutMeeting(before, index);
      if (Array.isArray(next)) throw new ValidationRuleViolation(next);
      const at = new Date().toISOString();
      await db.assessments.put({ ...assessment, validation: next, updatedAt: at });
      await db.history.add(historyRow(assessment, 'validation.meeting', recordMeetings(before)[index] ?? null, null, '', memberId, at));
    }),
  );
}

export type DecisionInput = Pick<DomainDecision, 'domainId' | 'decision' | 'reservations' | 'translations'>;

/** `domainIds` are the assessment catalogue's domains, in order (the store does not hold the catalogue). */
export function recordDomainDecision(
  assessmentId: string,
  input: DecisionInput,
  domainIds: readonly string[],
  memberId: string | null,
): Promise<void> {
  return runCommand(() =>
    db.transaction('rw', [db.assessments, db.history], async () => {
      const assessment = await loadAssessment(assessmentId);
      refuseIf([...attributionIssues(memberId), ...editIssues(assessment), ...decisionIssues(input, domainIds)]);
      const at = new Date().toISOString();
      const record = assessment.validation ?? emptyValidationRecord();
      const decision: DomainDecision = { ...input, decidedAt: at, decidedBy: memberId };
      const previous = record.decisions.find((d) => d.domainId === input.domainId) ?? null;
      await db.assessments.put({ ...assessment, validation: withDecision(record, decision, domainIds), updatedAt: at });
      await db.history.add(
        historyRow(
          assessment,
          `validation.decision.${input.domainId}`,
          previous && { decision: previous.decision, reservations: previous.reservations },
          { decision: decision.decision, reservations: decision.reservations.trim() },
          '',
          memberId,
          at,
        ),
      );
    }),
  );
}

/**
 * Moves every answer in status `from` to `to` (agreed ⇄ validated, the moves the status workflow
 * allows), bumping revisions so an editor holding an older copy cannot overwrite, with history.
 */
async function moveResponseStatuses(
  assessment: Assessment,
  from: ResponseStatus,
  to: ResponseStatus,
  reason: string,
  memberId: string | null,
  at: string,
): Promise<void> {
  const moving = await db.responses
    .where('assessmentId')
    .equals(assessment.id)
    .filter((r) => r.status === from)
    .toArray();
  await db.responses.bulkPut(moving.map((r) => ({ ...r, status: to, revision: r.revision + 1, updatedAt: at, updatedBy: memberId })));
  await db.history.bulkAdd(
    moving.map((r) => ({
      id: newId(),
      assessmentId: assessment.id,
      indicatorId: r.indicatorId,
      entity: 'response' as const,
      entityId: r.id,
      field: 'status',
      before: from,
      after: to,
      reason,
      memberId,
      at,
    })),
  );
}

/** The catalogue's shape the lock needs (the store does not hold the catalogue). */
export type LockScope = {
  readonly domainIds: readonly string[];
  readonly indicators: readonly { readonly id: string; readonly domainId: string }[];
};

/**
 * Locks the assessment: its phase becomes 'validated', answers the group had agreed become
 * 'validated', and answer-changing commands refuse. A plain validation is refused while any
 * applicable indicator is not agreed or any comment is open; a lock with reservations records
 * those indicators, read here inside the transaction so the record matches the store exactly.
 */
export function lockAsValidated(
  assessmentId: string,
  scope: LockScope,
  kind: LockKind,
  actorId: string | null,
): Promise<LockReservation[]> {
  return runCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.comments, db.history], async () => {
      const assessment = await loadAssessment(assessmentId);
      refuseIf([...attributionIssues(actorId), ...lockIssues(assessment, scope.domainIds)]);
      const [responses, comments] = await Promise.all([
        db.responses.where('assessmentId').equals(assessmentId).toArray(),
        db.comments.where('assessmentId').equals(assessmentId).toArray(),
      ]);
      const unresolved = unresolvedByDomain(scope.indicators, responses, comments);
      const refusal = lockKindIssue(kind, unresolved);
      if (refusal) refuseIf([{ field: 'indicators', code: refusal }]);
      const reservations = lockReservations(unresolved);
      const lockKind: LockKind = reservations.length > 0 ? 'validated-with-reservations' : 'validated';
      const at = new Date().toISOString();
      const record = assessment.validation ?? emptyValidationRecord();
      await db.assessments.put({
        ...assessment,
        phase: 'validated',
        updatedAt: at,
        validation: { ...record, lockedAt: at, lockedBy: actorId, lockKind, lockReservations: reservations },
      });
      await db.history.add(historyRow(assessment, 'phase', assessment.phase, 'validated', '', actorId, at));
      if (reservations.length > 0)
        await db.history.add(historyRow(assessment, 'validation.lockReservations', null, reservations, '', actorId, at));
      await moveResponseStatuses(assessment, 'agreed', 'validated', '', actorId, at);
      return reservations;
    }),
  );
}

/**
 * Reopens a validated or published assessment for changes. The reason is required and kept in
 * the history with the domain decisions it withdraws, so the record of what was validated survives.
 */
export function reopenAssessment(assessmentId: string, reason: string, memberId: string | null): Promise<void> {
  return runCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.history], async () => {
      const assessment = await loadAssessment(assessmentId);
      refuseIf([...attributionIssues(memberId), ...reopenIssues(assessment, reason)]);
      const at = new Date().toISOString();
      const trimmed = reason.trim();
      await db.assessments.put({
        ...assessment,
        phase: PHASE_AFTER_REOPENING,
        validation: reopenedRecord(assessment.validation),
        updatedAt: at,
      });
      await db.history.add(historyRow(assessment, 'phase', assessment.phase, PHASE_AFTER_REOPENING, trimmed, memberId, at));
      if (assessment.validation && assessment.validation.decisions.length > 0) {
        await db.history.add(historyRow(assessment, 'validation.decisions', assessment.validation.decisions, [], trimmed, memberId, at));
      }
      // Validated answers go back to agreed: they stand until the group changes them, then need revalidating.
      await moveResponseStatuses(assessment, 'validated', 'agreed', trimmed, memberId, at);
    }),
  );
}
