import type { HistoryEntry, Member } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { useIndicatorHistory } from '@/db/workspace-live';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

type Props = { readonly assessmentId: string; readonly indicator: Indicator; readonly members: readonly Member[] };

const KNOWN_FIELDS = new Set([
  'answer', 'notApplicable', 'notApplicableReason', 'justification', 'confidence', 'status', 'assigneeId', 'agreedRationale', 'dissent',
  'source.added', 'source.removed', 'source.type', 'source.title', 'source.section', 'source.date', 'source.url', 'source.excerpt',
  'comment.added', 'comment.resolved', 'review.agree', 'review.agree-with-comments', 'review.disagree',
]);

/** The audit trail of one indicator: who changed what, when, from what to what, and why. */
export function HistoryList({ assessmentId, indicator, members }: Props) {
  const { t, locale } = useT('scoring');
  const entries = useIndicatorHistory(assessmentId, indicator.id);
  const names = new Map(members.map((member) => [member.id, member.name]));

  const fieldLabel = (field: string) => {
    if (field.startsWith('memberAnswers.')) return t('history.fields.memberAnswer', { name: names.get(field.slice(14)) ?? t('history.unknownMember') });
    return KNOWN_FIELDS.has(field) ? t(`history.fields.${field}`) : field;
  };
  const show = (entry: HistoryEntry, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (entry.field === 'answer' && typeof value === 'string') {
      const option = findOption(indicator, value);
      return option ? localize(option.label, locale) : value;
    }
    if (entry.field === 'status' && typeof value === 'string') return t(`statuses.${value}`);
    if (entry.field === 'confidence' && typeof value === 'string') return t(`confidence.${value}`);
    if (entry.field === 'assigneeId' && typeof value === 'string') return names.get(value) ?? value;
    if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
    if (typeof value === 'object' && 'answer' in value) {
      const answer = (value as { answer: string | null; note?: string }).answer;
      const option = findOption(indicator, answer);
      const note = (value as { note?: string }).note;
      return [option ? localize(option.label, locale) : '—', note].filter(Boolean).join(' — ');
    }
    const text = String(value);
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  };

  return (
    <section className="detail-section" aria-labelledby="history-title">
      <h3 id="history-title">{t('history.heading')}</h3>
      {entries === undefined ? (
        <p className="muted">{t('common:loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('history.none')}</p>
      ) : (
        <ol className="history-list" data-testid="history-list">
          {entries.map((entry) => (
            <li key={entry.seq ?? entry.id}>
              <span className="muted">{formatDateTime(entry.at, locale)} · {entry.memberId ? (names.get(entry.memberId) ?? t('history.unknownMember')) : t('history.nobody')}</span>
              <br />
              <strong>{fieldLabel(entry.field)}</strong>: <span className="history-before">{show(entry, entry.before)}</span> → <span className="history-after">{show(entry, entry.after)}</span>
              {entry.reason && <span className="history-reason"> · {t('history.reason', { reason: entry.reason })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
