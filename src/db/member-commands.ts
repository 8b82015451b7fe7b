import type { Member } from '@/domain/assessment';
import { diffFields, historyEntries } from '@/domain/history';
import type { MemberInput } from '@/domain/record-validation';
import { checkMember } from '@/domain/record-validation';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';
import { requireEditableAssessment } from './response-commands';

/** The working group of an assessment. Members are never deleted while history names them. */

function tidy(input: MemberInput): MemberInput {
  return { ...input, name: input.name.trim(), institution: input.institution.trim() };
}

export function addMember(assessmentId: string, input: MemberInput, actingMemberId: string | null): Promise<Member> {
  const at = new Date().toISOString();
  const clean = tidy(input);
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.members, db.history], async () => {
      const problem = checkMember(clean);
      if (problem) refuse({ code: 'invalid-input', field: problem.field });
      await requireEditableAssessment(assessmentId);
      const member: Member = { ...clean, id: newId(), assessmentId, createdAt: at };
      await db.members.add(member);
      const context = {
        assessmentId,
        indicatorId: null,
        entity: 'member' as const,
        entityId: member.id,
        memberId: actingMemberId,
        reason: '',
        at,
      };
      await db.history.bulkAdd(historyEntries([{ field: 'member.added', before: null, after: member.name }], context, newId));
      return member;
    }),
  );
}

/** Resolves with the member before and after the change. */
export function updateMember(id: string, input: MemberInput, actingMemberId: string | null): Promise<{ before: Member; after: Member }> {
  const at = new Date().toISOString();
  const clean = tidy(input);
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.members, db.history], async () => {
      const problem = checkMember(clean);
      if (problem) refuse({ code: 'invalid-input', field: problem.field });
      const current = await db.members.get(id);
      if (!current) refuse({ code: 'missing-record' });
      await requireEditableAssessment(current.assessmentId);
      const next: Member = { ...current, ...clean };
      const changes = diffFields(current, next, ['name', 'institution', 'role']).map((c) => ({ ...c, field: `member.${c.field}` }));
      if (changes.length === 0) return { before: current, after: current };
      await db.members.put(next);
      const context = {
        assessmentId: current.assessmentId,
        indicatorId: null,
        entity: 'member' as const,
        entityId: id,
        memberId: actingMemberId,
        reason: '',
        at,
      };
      await db.history.bulkAdd(historyEntries(changes, context, newId));
      return { before: current, after: next };
    }),
  );
}

/** Retiring keeps the member (history still names them) but hides them from every picker; it can be undone. */
/** Retires a member (kept for attribution, hidden from pickers) or brings them back; returns the row before and after. */
export function setMemberRetired(id: string, retired: boolean, actingMemberId: string | null): Promise<{ before: Member; after: Member }> {
  const at = new Date().toISOString();
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.members, db.history], async () => {
      const current = await db.members.get(id);
      if (!current) refuse({ code: 'missing-record' });
      await requireEditableAssessment(current.assessmentId);
      if ((current.retired ?? false) === retired) return { before: current, after: current };
      const after = { ...current, retired };
      await db.members.put(after);
      const context = {
        assessmentId: current.assessmentId,
        indicatorId: null,
        entity: 'member' as const,
        entityId: id,
        memberId: actingMemberId,
        reason: '',
        at,
      };
      await db.history.bulkAdd(
        historyEntries([{ field: 'member.retired', before: current.retired ?? false, after: retired }], context, newId),
      );
      return { before: current, after };
    }),
  );
}
