import type { Comment, Member, Source } from '@/domain/assessment';
import type { SourceInput, MemberInput } from '@/domain/record-validation';
import type { NewComment } from '@/db/comment-commands';
import { addComment, setCommentResolved } from '@/db/comment-commands';
import { addMember, setMemberRetired, updateMember } from '@/db/member-commands';
import { addSource, deleteSource, updateSource } from '@/db/source-commands';
import type { FieldKind, FieldStep } from './field-address';
import { editSession } from './sessions';

/**
 * Sources, comments and members as the screens change them: through the assessment's edit session,
 * so they are written in order with the field edits, count in the save state, and can be undone
 * (undo puts the whole row back as it was, or removes a row just added).
 */

type Who = { readonly memberId: string | null; readonly reason: string };

function wholeRow(assessmentId: string, kind: FieldKind, id: string, before: unknown, after: unknown): FieldStep[] {
  return before === after ? [] : [{ address: { assessmentId, kind, recordId: id, field: '*' }, before, after }];
}

export function addSourceEdit(assessmentId: string, indicatorId: string, input: SourceInput, who: Who): Promise<Source> {
  return editSession(assessmentId).run(async () => {
    const source = await addSource(assessmentId, indicatorId, input, who);
    return { result: source, steps: wholeRow(assessmentId, 'source', source.id, null, source) };
  });
}

export function updateSourceEdit(assessmentId: string, id: string, input: SourceInput, who: Who): Promise<void> {
  return editSession(assessmentId).run(async () => {
    const { before, after } = await updateSource(id, input, who);
    return { result: undefined, steps: wholeRow(assessmentId, 'source', id, before, after) };
  });
}

export function deleteSourceEdit(assessmentId: string, id: string, who: Who): Promise<void> {
  return editSession(assessmentId).run(async () => {
    const removed = await deleteSource(id, who);
    return { result: undefined, steps: removed ? wholeRow(assessmentId, 'source', id, removed, null) : [] };
  });
}

export function addCommentEdit(
  assessmentId: string,
  indicatorId: string,
  input: NewComment,
  memberId: string | null,
  allowedAnswers: readonly string[],
): Promise<Comment> {
  return editSession(assessmentId).run(async () => {
    const comment = await addComment(assessmentId, indicatorId, input, memberId, allowedAnswers);
    return { result: comment, steps: wholeRow(assessmentId, 'comment', comment.id, null, comment) };
  });
}

export function setCommentResolvedEdit(assessmentId: string, id: string, resolved: boolean, memberId: string | null): Promise<void> {
  return editSession(assessmentId).run(async () => {
    const { before, after } = await setCommentResolved(id, resolved, memberId);
    return { result: undefined, steps: wholeRow(assessmentId, 'comment', id, before, after) };
  });
}

export function addMemberEdit(assessmentId: string, input: MemberInput, actingMemberId: string | null): Promise<Member> {
  return editSession(assessmentId).run(async () => {
    const member = await addMember(assessmentId, input, actingMemberId);
    return { result: member, steps: wholeRow(assessmentId, 'member', member.id, null, member) };
  });
}

export function updateMemberEdit(assessmentId: string, id: string, input: MemberInput, actingMemberId: string | null): Promise<void> {
  return editSession(assessmentId).run(async () => {
    const { before, after } = await updateMember(id, input, actingMemberId);
    return { result: undefined, steps: wholeRow(assessmentId, 'member', id, before, after) };
  });
}

export function setMemberRetiredEdit(assessmentId: string, id: string, retired: boolean, actingMemberId: string | null): Promise<void> {
  return editSession(assessmentId).run(async () => {
    const { before, after } = await setMemberRetired(id, retired, actingMemberId);
    return { result: undefined, steps: wholeRow(assessmentId, 'member', id, before, after) };
  });
}
