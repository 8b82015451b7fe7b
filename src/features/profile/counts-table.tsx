import type { FillSpec, LegendItem } from '@/charts/chart-style';
import { Swatch } from '@/charts/chart-style';
import { formatNumber, formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { Trace } from './trace';

export type CountsRow = {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly indicatorIds: Readonly<Record<string, readonly string[]>>;
  readonly completeness?: number;
};

/** The table alternative of a stacked-bar chart: each non-zero count opens the indicators behind it. */
export function CountsTable(props: {
  caption: string;
  rows: readonly CountsRow[];
  series: readonly LegendItem[];
  fills: Readonly<Record<string, FillSpec>>;
  onTrace: (trace: Trace) => void;
  showCompleteness?: boolean;
}) {
  const { t, locale } = useT('profile');
  return (
    <div className="table-scroll">
      <table className="data-table counts-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.group')}</th>
            {props.series.map((item) => {
              const fill = props.fills[item.key];
              return (
                <th scope="col" key={item.key}>
                  {fill && <Swatch fill={fill} />} {item.label}
                </th>
              );
            })}
            {props.showCompleteness && <th scope="col">{t('chart.completeness')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.label !== row.name && <span className="muted">{row.label} </span>}
                {row.name}
              </th>
              {props.series.map((item) => {
                const count = row.counts[item.key] ?? 0;
                const ids = row.indicatorIds[item.key] ?? [];
                return (
                  <td key={item.key}>
                    {count === 0 ? (
                      formatNumber(0, locale)
                    ) : (
                      <button
                        type="button"
                        className="link-button trace-button"
                        aria-label={t('trace.openCount', { count, series: item.label, group: row.name })}
                        onClick={() => props.onTrace({ title: `${row.name} · ${item.label}`, indicatorIds: ids })}
                      >
                        {formatNumber(count, locale)}
                      </button>
                    )}
                  </td>
                );
              })}
              {props.showCompleteness && <td>{formatPercent(row.completeness ?? 0, locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
