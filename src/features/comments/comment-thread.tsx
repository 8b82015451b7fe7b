import { useState } from 'react';
import type { Comment, Member } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { addCommentEdit, setCommentResolvedEdit } from '@/db/edit-session/record-edits';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { CommentForm } from './comment-form';
import './comments.css';

type Props = {
  readonly assessmentId: string;
  readonly indicator: Indicator;
  /** This indicator's comments, oldest first. */
  readonly comments: readonly Comment[];
  readonly members: readonly Member[];
  readonly currentMemberId: string | null;
  readonly readOnly: boolean;
};

/** Discussion and review of one indicator: threads, replies, verdicts, resolving. */
export function CommentThread({ assessmentId, indicator, comments, members, currentMemberId, readOnly }: Props) {
  const { t, locale } = useT('scoring');
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const names = new Map(members.map((member) => [member.id, member.name]));
  const allowed = indicator.scale.options.map((option) => option.value);
  const threads = comments.filter((comment) => comment.parentId === null);
  const open = threads.filter((comment) => !comment.resolved).length;
  const post = (input: Parameters<typeof addCommentEdit>[2]) => addCommentEdit(assessmentId, indicator.id, input, currentMemberId, allowed);
  const toggle = (comment: Comment) =>
    setCommentResolvedEdit(assessmentId, comment.id, !comment.resolved, currentMemberId).catch((error: unknown) =>
      notify('error', (shown) => refusalMessage(error, shown)),
    );

  const renderComment = (comment: Comment) => {
    const suggestion = findOption(indicator, comment.suggestedAnswer);
    return (
      <article
        className={`comment${comment.resolved ? ' comment--resolved' : ''}`}
        aria-label={t('comments.by', { name: names.get(comment.authorId ?? '') ?? t('history.nobody') })}
      >
        <p className="muted">
          {names.get(comment.authorId ?? '') ?? t('history.nobody')} · {formatDateTime(comment.createdAt, locale)}
          {comment.resolved && comment.parentId === null && (
            <>
              {' '}
              · <span className="badge">{t('comments.resolved')}</span>
            </>
          )}
        </p>
        {comment.verdict && (
          <p className={`verdict verdict--${comment.verdict}`}>
            {t(`comments.verdicts.${comment.verdict}`)}
            {suggestion && ` — ${t('comments.suggests', { answer: localize(suggestion.label, locale) })}`}
          </p>
        )}
        {comment.body && <p className="comment__body">{comment.body}</p>}
      </article>
    );
  };

  return (
    <section className="detail-section comments" aria-labelledby="comments-title" data-testid="comments">
      <h3 id="comments-title">{t('comments.heading', { open: formatNumber(open, locale) })}</h3>
      {threads.length === 0 && (
        <p className="muted">
          {t('comments.none')}
          {!readOnly && ` ${t('comments.noneHint')}`}
        </p>
      )}
      <ul className="comment-threads">
        {threads.map((thread) => (
          <li key={thread.id}>
            {renderComment(thread)}
            <ul className="comment-replies">
              {comments
                .filter((reply) => reply.parentId === thread.id)
                .map((reply) => (
                  <li key={reply.id}>{renderComment(reply)}</li>
                ))}
            </ul>
            {!readOnly && (
              <div className="button-row">
                <button type="button" className="link-button" onClick={() => setReplyTo(thread.id)}>
                  {t('comments.replyButton')}
                </button>
                <button type="button" className="link-button" onClick={() => void toggle(thread)}>
                  {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
                </button>
              </div>
            )}
            {replyTo === thread.id && (
              <CommentForm
                indicator={indicator}
                parentId={thread.id}
                withVerdict={false}
                submitLabel={t('comments.sendReply')}
                onSubmit={post}
                onCancel={() => setReplyTo(null)}
              />
            )}
          </li>
        ))}
      </ul>
      {!readOnly && <CommentForm indicator={indicator} parentId={null} withVerdict submitLabel={t('comments.post')} onSubmit={post} />}
    </section>
  );
}
