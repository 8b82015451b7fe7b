import type { HistoryEntry } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { domainNames } from './issue-text';

type TFunction = ReturnType<typeof useT>['t'];

function describe(entry: HistoryEntry, t: TFunction, catalogue: Catalogue | undefined, locale: Locale): string {
  const phase = (value: unknown) => t(`common:phases.${String(value)}`);
  if (entry.field === 'created') return t('history.fields.created');
  if (entry.field === 'phase') return t('history.fields.phase', { before: phase(entry.before), after: phase(entry.after) });
  if (entry.field === 'validation.meeting') return t('history.fields.meeting');
  if (entry.field === 'validation.decisions') return t('history.fields.decisionsWithdrawn', { number: formatNumber(Array.isArray(entry.before) ? entry.before.length : 0, locale) });
  if (entry.field.startsWith('validation.decision.')) {
    const domainId = entry.field.slice('validation.decision.'.length);
    const after = entry.after as { decision?: unknown; reservations?: unknown } | null;
    const decision = t(`decisions.kinds.${String(after?.decision)}`);
    const reservations = typeof after?.reservations === 'string' && after.reservations !== '' ? ` — ${after.reservations}` : '';
    const domain = catalogue ? domainNames(catalogue, [domainId], locale) : domainId;
    return `${t('history.fields.decision', { domain, decision })}${reservations}`;
  }
  return t('history.fields.other', { field: entry.field });
}

/** The assessment-level history: who validated, locked and reopened, when, and why. */
export function ValidationHistory({ entries, catalogue }: { readonly entries: readonly HistoryEntry[]; readonly catalogue: Catalogue | undefined }) {
  const { t, locale } = useT('validation');
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
                <td dir="auto">{describe(entry, t, catalogue, locale)}</td>
                <td dir="auto">{entry.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
