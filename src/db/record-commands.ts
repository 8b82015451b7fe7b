import type { Comment, Member, Source } from '@/domain/assessment';
import type { FieldChange } from '@/domain/history';
import { sameValue } from '@/domain/history';
import { historyEntries } from '@/domain/history';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';
import { requireEditableAssessment } from './response-commands';

/**
 * Whole-record writes of sources, comments and members, as undo and redo make them: put a row back
 * exactly as it was, or remove it. Like every command, one transaction with its history entry; and
 * like every edit, based: if the row is no longer what the editor saw, someone else changed it and
 * the write is refused as a conflict.
 */

export type RecordKind = 'source' | 'comment' | 'member';
type AnyRecord = Source | Comment | Member;

const table = (kind: RecordKind) => (kind === 'source' ? db.sources : kind === 'comment' ? db.comments : db.members);

export function readRecord(kind: RecordKind, id: string): Promise<AnyRecord | null> {
  return (table(kind) as typeof db.sources).get(id).then((row) => (row as AnyRecord | undefined) ?? null);
}

/** A member still named by answers, comments or history entries (other than their own arrival) stays. */
async function memberInUse(member: Member): Promise<boolean> {
  const { id, assessmentId } = member;
  const responses = await db.responses.where('assessmentId').equals(assessmentId).toArray();
  if (responses.some((response) => id in response.memberAnswers || response.assigneeId === id || response.updatedBy === id)) return true;
  if ((await db.comments.where('assessmentId').equals(assessmentId).toArray()).some((comment) => comment.authorId === id)) return true;
  return (await db.history.where('assessmentId').equals(assessmentId).toArray()).some((entry) => entry.memberId === id);
}

export function writeRecord(
  kind: RecordKind,
  id: string,
  value: AnyRecord | null,
  base: AnyRecord | null,
  memberId: string | null,
  reason: string,
): Promise<FieldChange[]> {
  const at = new Date().toISOString();
  const rows = table(kind) as typeof db.sources;
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.sources, db.comments, db.members, db.history], async () => {
      const current = ((await rows.get(id)) as AnyRecord | undefined) ?? null;
      const assessmentId = (current ?? value ?? base)?.assessmentId;
      if (!assessmentId) refuse({ code: 'missing-record' });
      await requireEditableAssessment(assessmentId);
      if (sameValue(current, value)) return [];
      if (!sameValue(current, base)) refuse({ code: 'conflict', fields: ['*'] });
      if (value === null) {
        if (kind === 'member' && (await memberInUse(current as Member))) refuse({ code: 'in-use' });
        await rows.delete(id);
      } else {
        await rows.put(value as Source);
      }
      const indicatorId = 'indicatorId' in (current ?? value ?? {}) ? ((current ?? value) as Source).indicatorId : null;
      const field = `${kind}.${value === null ? 'removed' : current === null ? 'restored' : 'changed'}`;
      const label = (row: AnyRecord | null) => (row === null ? null : 'title' in row ? row.title : 'name' in row ? row.name : row.body);
      const context = { assessmentId, indicatorId, entity: kind, entityId: id, memberId, reason, at };
      await db.history.bulkAdd(historyEntries([{ field, before: label(current), after: label(value) }], context, newId));
      await db.assessments.update(assessmentId, { updatedAt: at });
      return [{ field: '*', before: current, after: value }];
    }),
  );
}
