import { CONFIDENCE_LEVELS, RESPONSE_STATUSES, SOURCE_TYPES } from '@/domain/assessment';
import { isOneOf } from '@/lib/one-of';
import type { HistoryEntry, Member } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { useIndicatorHistory } from '@/db/workspace-live';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { actorName } from '@/domain/actor';
import { historyReason, historySentence } from '@/i18n/history-sentence';

type Props = { readonly assessmentId: string; readonly indicator: Indicator; readonly members: readonly Member[] };

/** The audit trail of one indicator, each change a sentence: who did what, when, and why. */
export function HistoryList({ assessmentId, indicator, members }: Props) {
  const { t, locale } = useT('scoring');
  const people = useT('people').t;
  const entries = useIndicatorHistory(assessmentId, indicator.id);
  const labels = { secretariat: people('actor.secretariat'), unknown: people('actor.unknown') };
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return people('history.empty');
    if ((field === 'answer' || field === 'memberAnswer') && typeof raw === 'object' && 'answer' in raw) {
      const { answer, note } = raw as { answer: string | null; note?: string };
      const option = findOption(indicator, answer);
      return [option ? localize(option.label, locale) : people('history.empty'), note].filter(Boolean).join(' — ');
    }
    if (field === 'answer' && typeof raw === 'string') {
      const option = findOption(indicator, raw);
      return option ? localize(option.label, locale) : raw;
    }
    if (field === 'status' && isOneOf(RESPONSE_STATUSES, raw)) return t(`statuses.${raw}`);
    if (field === 'confidence' && isOneOf(CONFIDENCE_LEVELS, raw)) return t(`confidence.${raw}`);
    if (field === 'assigneeId' && typeof raw === 'string') return actorName(raw, members, labels);
    if (field === 'source.type' && isOneOf(SOURCE_TYPES, raw)) return t(`sources.types.${raw}`);
    if (typeof raw === 'boolean') return raw ? people('history.yes') : people('history.no');
    const text = String(raw);
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  };
  const sentence = (entry: HistoryEntry) =>
    historySentence(entry, {
      t: people,
      who: actorName(entry.memberId, members, labels),
      value,
      domainName: (id) => id,
      memberName: (id) => members.find((m) => m.id === id)?.name ?? people('history.formerMember'),
    });

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
              <span className="muted">{formatDateTime(entry.at, locale)}</span>
              <br />
              <span dir="auto" className="history-sentence">
                {sentence(entry)}
              </span>
              {historyReason(entry) && (
                <span className="history-reason" dir="auto">
                  {' '}
                  · {t('history.reason', { reason: historyReason(entry) })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
