import type { MergeSummary } from '@/domain/merge-types';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

const ROWS = ['indicatorsChanged', 'fieldsTaken', 'recordsAdded', 'recordsUpdated', 'recordsDeleted', 'historyAdded', 'conflicts'] as const;

/** What a merge will change here, counted. */
export function MergeSummaryList({ summary }: { summary: MergeSummary }) {
  const { t, locale } = useT('exchange');
  return (
    <dl className="merge-summary" data-testid="merge-summary">
      {ROWS.map((row) => (
        <div key={row} className="merge-summary__row">
          <dt>{t(`summary.${row}`)}</dt>
          <dd data-summary={row}>{formatNumber(summary[row], locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
