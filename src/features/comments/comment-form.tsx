import { useId, useState } from 'react';
import type { ReviewVerdict } from '@/domain/assessment';
import { REVIEW_VERDICTS } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { checkComment } from '@/domain/record-validation';
import type { NewComment } from '@/db/comment-commands';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';
import type { Locale } from '@/domain/localized-text';

type Props = {
  readonly indicator: Indicator;
  readonly parentId: string | null;
  /** Top-level comments may carry a reviewer's verdict; replies are plain text. */
  readonly withVerdict: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (input: NewComment) => Promise<unknown>;
  readonly onCancel?: () => void;
};

export function CommentForm({ indicator, parentId, withVerdict, submitLabel, onSubmit, onCancel }: Props) {
  const { t, locale } = useT('scoring');
  const id = useId();
  const [body, setBody] = useState('');
  const [verdict, setVerdict] = useState<ReviewVerdict | ''>('');
  const [suggested, setSuggested] = useState('');
  // Worded at render, so a form error follows a language switch.
  const [error, setError] = useState<Wording | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = indicator.scale.options.map((option) => option.value);

  const submit = async () => {
    const input: NewComment = {
      parentId,
      body,
      verdict: verdict || null,
      suggestedAnswer: verdict === 'disagree' && suggested ? suggested : null,
    };
    const problem = checkComment({ ...input, body: body.trim() }, allowed);
    if (problem) {
      setError(() => wordingIn('scoring', `comments.errors.${problem.field}`));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(input);
      setBody('');
      setVerdict('');
      setSuggested('');
      setError(null);
      onCancel?.();
    } catch (failure) {
      setError(() => (shown: Locale) => refusalMessage(failure, shown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="comment-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-body`}>{parentId ? t('comments.reply') : t('comments.newComment')}</label>
      <textarea
        id={`${id}-body`}
        rows={3}
        value={body}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      {withVerdict && (
        <div className="detail-grid">
          <label className="field">
            <span>{t('comments.verdict')}</span>
            <select value={verdict} onChange={(event) => setVerdict(event.target.value as ReviewVerdict | '')}>
              <option value="">{t('comments.noVerdict')}</option>
              {REVIEW_VERDICTS.map((value) => (
                <option key={value} value={value}>
                  {t(`comments.verdicts.${value}`)}
                </option>
              ))}
            </select>
          </label>
          {verdict === 'disagree' && (
            <label className="field">
              <span>{t('comments.suggestedAnswer')}</span>
              <select value={suggested} onChange={(event) => setSuggested(event.target.value)}>
                <option value="">{t('comments.noSuggestion')}</option>
                {indicator.scale.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {localize(option.label, locale)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error(locale)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
