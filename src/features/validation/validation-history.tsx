import type { HistoryEntry, Member } from '@/domain/assessment';
import { actorName } from '@/domain/actor';
import type { Catalogue } from '@/domain/catalogue';
import { formatDateTime, formatLongDate } from '@/i18n/format';
import { historyReason, historySentence } from '@/i18n/history-sentence';
import { useT } from '@/i18n/use-t';
import { domainNames } from './issue-text';

type Props = { readonly entries: readonly HistoryEntry[]; readonly catalogue: Catalogue | undefined; readonly members: readonly Member[] };

/** The assessment-level history, each line a sentence: who validated, locked, reopened or merged, when, and why. */
export function ValidationHistory({ entries, catalogue, members }: Props) {
  const { t, locale } = useT('validation');
  const people = useT('people').t;
  const labels = { secretariat: people('actor.secretariat'), unknown: people('actor.unknown') };
  const sentence = (entry: HistoryEntry) =>
    historySentence(entry, {
      t: people,
      who: actorName(entry.memberId, members, labels),
      value: (field, value) => {
        if (value === null || value === undefined || value === '') return people('history.empty');
        return field === 'meetingDate' && typeof value === 'string' ? formatLongDate(value, locale) : String(value);
      },
      domainName: (id) => (catalogue ? domainNames(catalogue, [id], locale) : id),
      memberName: (id) => members.find((m) => m.id === id)?.name ?? people('history.formerMember'),
    });
  return (
    <section className="card" aria-labelledby="validation-history-heading">
      <h2 id="validation-history-heading">{t('history.heading')}</h2>
      {entries.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <table className="data-table" data-testid="validation-history">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq ?? entry.id}>
                <td>{formatDateTime(entry.at, locale)}</td>
                <td dir="auto">{sentence(entry)}</td>
                <td dir="auto">{historyReason(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
