import type { AnswerState } from '@/domain/scoring';
import { useId, useState } from 'react';
import { CHANGE_FILLS } from '@/charts/chart-style';
import { changeSeries } from '@/charts/chart-series';
import { RoundChangeChart } from '@/charts/lazy-charts';
import type { Assessment } from '@/domain/assessment';
import { localize } from '@/domain/localized-text';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { ChartFigure } from './chart-figure';
import { CountsTable } from './counts-table';
import type { Trace } from './trace';
import type { ProfileView } from './use-profile-model';

type Props = {
  readonly view: ProfileView;
  readonly assessment: Assessment;
  readonly previous: Assessment | null;
  readonly previousMissing: boolean;
  readonly onTrace: (trace: Trace) => void;
};

/** What changed since the previous round, per domain and indicator by indicator, with comparability flags. */
export function RoundsPanel({ view, assessment, previous, previousMissing, onTrace }: Props) {
  const { t, locale } = useT('profile');
  const [showAll, setShowAll] = useState(false);
  const filterId = useId();
  if (assessment.previousAssessmentId === null) return <p className="empty-state">{t('rounds.noPrevious')}</p>;
  if (previousMissing || !previous)
    return (
      <p className="empty-state" role="status">
        {t('rounds.previousMissing')}
      </p>
    );
  if (!view.previousCatalogue) return <p role="alert">{t('rounds.catalogueMissing', { version: previous.catalogueVersion })}</p>;
  const comparison = view.model.comparison;
  if (!comparison || !view.charts.changes)
    return <p role="alert">{t('rounds.notComparable', { from: previous.catalogueVersion, to: assessment.catalogueVersion })}</p>;
  const rows = view.charts.changes;
  const series = changeSeries(locale);
  const total = (key: 'improved' | 'declined' | 'unchanged' | 'not-comparable') => rows.reduce((sum, row) => sum + row.counts[key], 0);
  const listed = comparison.changes.filter((change) => showAll || change.direction !== 'unchanged' || change.comparability !== 'same');
  const questionOf = (id: string) => view.catalogue.indicators.find((i) => i.id === id);
  const stateLabel = (state: AnswerState | null) => (state === null ? t('rounds.noAncestor') : t(`common:answerStates.${state}`));
  return (
    <div className="profile-panel-body">
      <p>
        {t('rounds.intro', { round: formatNumber(previous.round, locale), year: previous.year })}{' '}
        {t('rounds.totals', {
          improved: formatNumber(total('improved'), locale),
          declined: formatNumber(total('declined'), locale),
          unchanged: formatNumber(total('unchanged'), locale),
          notComparable: formatNumber(total('not-comparable'), locale),
        })}
      </p>
      {comparison.catalogueChanged && (
        <p className="banner banner--warning" role="note">
          {t('rounds.catalogueChanged', { from: previous.catalogueVersion, to: assessment.catalogueVersion })}
        </p>
      )}
      <ChartFigure
        testId="chart-changes"
        title={t('rounds.chartTitle')}
        summary={t('rounds.chartSummary')}
        chart={
          <RoundChangeChart
            data={rows}
            locale={locale}
            onSelect={(rowId, key) => {
              const row = rows.find((r) => r.id === rowId);
              const label = series.find((s) => s.key === key)?.label ?? key;
              if (row)
                onTrace({ title: `${row.name} · ${label}`, indicatorIds: row.indicatorIds[key as keyof typeof row.indicatorIds] ?? [] });
            }}
          />
        }
        table={<CountsTable caption={t('rounds.chartTitle')} rows={rows} series={series} fills={CHANGE_FILLS} onTrace={onTrace} />}
      />
      <section aria-labelledby={`${filterId}-title`}>
        <h3 id={`${filterId}-title`}>{t('rounds.byIndicator')}</h3>
        <label className="inline-field">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
          {t('rounds.showAll')}
        </label>
        <p className="muted" role="status">
          {t('rounds.listed', { count: listed.length, formatted: formatNumber(listed.length, locale) })}
        </p>
        <div className="table-scroll">
          <table className="data-table" data-testid="round-changes">
            <caption className="visually-hidden">{t('rounds.byIndicator')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.indicator')}</th>
                <th scope="col">{t('rounds.previousAnswer', { year: previous.year })}</th>
                <th scope="col">{t('rounds.currentAnswer', { year: assessment.year })}</th>
                <th scope="col">{t('rounds.change')}</th>
                <th scope="col">{t('rounds.comparability')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((change) => {
                const indicator = questionOf(change.indicatorId);
                return (
                  <tr
                    key={change.indicatorId}
                    data-change-indicator={change.indicatorId}
                    className={`change-row change-row--${change.direction}`}
                  >
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button trace-button"
                        onClick={() => onTrace({ title: change.indicatorId, indicatorIds: [change.indicatorId] })}
                      >
                        {change.indicatorId}
                      </button>{' '}
                      <span className="change-row__question">{indicator ? localize(indicator.question, locale) : ''}</span>
                    </th>
                    <td>
                      {stateLabel(change.previousState)}
                      {change.previousIndicatorIds.length > 0 && change.previousIndicatorIds.join(',') !== change.indicatorId && (
                        <span className="muted"> ({change.previousIndicatorIds.join(', ')})</span>
                      )}
                    </td>
                    <td>{stateLabel(change.currentState)}</td>
                    <td>{t(`charts:change.${change.direction}`)}</td>
                    <td>
                      {change.comparability === 'same' ? (
                        ''
                      ) : (
                        <span className="badge badge--flag">{t(`rounds.comparabilityFlags.${change.comparability}`)}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
