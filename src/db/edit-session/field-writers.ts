import type { Comment, Member, MemberAnswer, Source } from '@/domain/assessment';
import { responseId } from '@/domain/assessment';
import type { FieldChange } from '@/domain/history';
import type { ResponsePatch } from '@/domain/response-edit';
import { db } from '@/db/db';
import { editAssessmentFields, readAssessmentField } from '@/db/assessment-field-commands';
import { editProfileFields, readProfileField } from '@/db/profile-commands';
import { readRecord, writeRecord } from '@/db/record-commands';
import { editResponse } from '@/db/response-commands';
import type { FieldAddress, RecordWrite } from './field-address';

/**
 * Where each kind of field is written and read: the one place that maps the session's generic
 * field writes onto the audited store commands. A write is one command, so one transaction.
 */

const MEMBER_ANSWER = 'memberAnswers.';

async function writeResponse({ assessmentId, recordId, fields, meta }: RecordWrite): Promise<readonly FieldChange[]> {
  const patch: Record<string, unknown> = {};
  const base: Record<string, unknown> = {};
  let memberAnswer: { memberId: string; value: MemberAnswer | null; base: MemberAnswer | null } | undefined;
  for (const { field, value, base: before } of fields) {
    if (field.startsWith(MEMBER_ANSWER)) {
      memberAnswer = {
        memberId: field.slice(MEMBER_ANSWER.length),
        value: value as MemberAnswer | null,
        base: before as MemberAnswer | null,
      };
    } else {
      patch[field] = value;
      base[field] = before;
    }
  }
  const { changes } = await editResponse({
    assessmentId,
    indicatorId: recordId,
    edit: {
      patch: patch as ResponsePatch,
      base: base as ResponsePatch,
      memberAnswer,
      memberId: meta.memberId,
      reason: meta.reason,
      allowedAnswers: meta.allowedAnswers ?? [],
    },
  });
  return changes;
}

/**
 * Writes one record's fields; resolves with what changed, side effects included (an answer makes
 * an untouched indicator a draft), empty when the store already held those values. Rejects with a CommandRefused (conflict, locked, …) or a StorageFailure.
 */
export async function writeFields(write: RecordWrite): Promise<readonly FieldChange[]> {
  switch (write.kind) {
    case 'response':
      return writeResponse(write);
    case 'profile':
      return (await editProfileFields(write.assessmentId, write.fields, { memberId: write.meta.memberId })).changes;
    case 'assessment':
      return editAssessmentFields(write.assessmentId, write.fields, write.meta.memberId);
    case 'source':
    case 'comment':
    case 'member': {
      const whole = write.fields.find((field) => field.field === '*');
      if (!whole || write.fields.length !== 1) throw new Error(`${write.kind} records are written whole (field "*")`);
      return writeRecord(
        write.kind,
        write.recordId,
        whole.value as Source | Comment | Member | null,
        whole.base as Source | Comment | Member | null,
        write.meta.memberId,
        write.meta.reason,
      );
    }
  }
}

/** The value the store holds for a field now (null when there is none): what "theirs" is in a conflict. */
export async function readField({ assessmentId, kind, recordId, field }: FieldAddress): Promise<unknown> {
  switch (kind) {
    case 'response': {
      const response = await db.responses.get(responseId(assessmentId, recordId));
      if (!response) return null;
      if (field.startsWith(MEMBER_ANSWER)) return response.memberAnswers[field.slice(MEMBER_ANSWER.length)] ?? null;
      return (response as unknown as Record<string, unknown>)[field] ?? null;
    }
    case 'profile': {
      const draft = await db.profiles.get(assessmentId);
      return draft ? readProfileField(draft, field) : null;
    }
    case 'assessment':
      return readAssessmentField(assessmentId, field);
    default:
      return readRecord(kind, recordId);
  }
}
