import type { Comment } from '@/domain/assessment';
import { historyEntries } from '@/domain/history';
import type { CommentInput } from '@/domain/record-validation';
import { checkComment } from '@/domain/record-validation';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';
import { requireEditableAssessment } from './response-commands';

/** Discussion and review of an indicator: threaded comments, verdicts, resolving. */

export type NewComment = CommentInput & { readonly parentId: string | null };

export function addComment(
  assessmentId: string,
  indicatorId: string,
  input: NewComment,
  memberId: string | null,
  allowedAnswers: readonly string[],
): Promise<Comment> {
  const at = new Date().toISOString();
  const body = input.body.trim();
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.comments, db.history], async () => {
      const problem = checkComment({ ...input, body }, allowedAnswers);
      if (problem) refuse({ code: 'invalid-input', field: problem.field });
      await requireEditableAssessment(assessmentId);
      if (input.parentId !== null && !(await db.comments.get(input.parentId))) refuse({ code: 'missing-record' });
      const comment: Comment = {
        id: newId(),
        assessmentId,
        indicatorId,
        parentId: input.parentId,
        authorId: memberId,
        body,
        verdict: input.verdict,
        suggestedAnswer: input.verdict === 'disagree' ? input.suggestedAnswer : null,
        resolved: false,
        createdAt: at,
        updatedAt: at,
      };
      await db.comments.add(comment);
      const field = input.verdict ? `review.${input.verdict}` : 'comment.added';
      const context = { assessmentId, indicatorId, entity: 'comment' as const, entityId: comment.id, memberId, reason: '', at };
      await db.history.bulkAdd(historyEntries([{ field, before: null, after: body }], context, newId));
      return comment;
    }),
  );
}

/**
 * Resolving a thread resolves its replies with it; reopening reopens only the thread itself.
 * Resolves with the thread's comment before and after.
 */
export function setCommentResolved(id: string, resolved: boolean, memberId: string | null): Promise<{ before: Comment; after: Comment }> {
  const at = new Date().toISOString();
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.comments, db.history], async () => {
      const comment = await db.comments.get(id);
      if (!comment) refuse({ code: 'missing-record' });
      await requireEditableAssessment(comment.assessmentId);
      if (comment.resolved === resolved) return { before: comment, after: comment };
      const after: Comment = { ...comment, resolved, updatedAt: at };
      await db.comments.put(after);
      if (resolved) await db.comments.where('parentId').equals(id).modify({ resolved: true, updatedAt: at });
      const context = {
        assessmentId: comment.assessmentId,
        indicatorId: comment.indicatorId,
        entity: 'comment' as const,
        entityId: id,
        memberId,
        reason: '',
        at,
      };
      await db.history.bulkAdd(historyEntries([{ field: 'comment.resolved', before: !resolved, after: resolved }], context, newId));
      return { before: comment, after };
    }),
  );
}
