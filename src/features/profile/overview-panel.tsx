import { isBlank } from '@/domain/bilingual-text';
import { useId, useState } from 'react';
import { subdomainLevelRows } from '@/charts/chart-data';
import { DomainRadarChart, LevelChart } from '@/charts/lazy-charts';
import { levelSeries } from '@/charts/chart-series';
import { LEVEL_FILLS } from '@/charts/chart-style';
import { localize } from '@/domain/localized-text';
import type { ProfileDraft } from '@/domain/profile-draft';
import { formatNumber, formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { ChartFigure } from './chart-figure';
import { CountsTable } from './counts-table';
import type { Trace } from './trace';
import type { ProfileView } from './use-profile-model';

type Props = { readonly view: ProfileView; readonly draft: ProfileDraft; readonly onTrace: (trace: Trace) => void };

/** The first page of the profile: key migration data, answers by domain, the six domains at a glance, sub-domain detail. */
export function OverviewPanel({ view, draft, onTrace }: Props) {
  const { t, locale } = useT('profile');
  const [domainId, setDomainId] = useState(view.catalogue.domains[0]?.id ?? '');
  const selectId = useId();
  const overall = view.model.summary.overall;
  const series = levelSeries(locale);
  const domainRows = view.charts.domains;
  const subRows = subdomainLevelRows(view.catalogue, view.responses, domainId, locale);
  const traceRow = (rows: typeof domainRows) => (rowId: string, seriesKey: string) => {
    const row = rows.find((r) => r.id === rowId);
    const label = series.find((s) => s.key === seriesKey)?.label ?? seriesKey;
    if (row) onTrace({ title: `${row.name} · ${label}`, indicatorIds: row.indicatorIds[seriesKey as keyof typeof row.indicatorIds] ?? [] });
  };
  const keyData = draft.keyData.filter((item) => !isBlank(item.value));
  return (
    <div className="profile-panel-body">
      <p data-testid="profile-completeness">
        {t('overview.completeness', {
          done: formatNumber(overall.total - overall['not-scored'], locale),
          total: formatNumber(overall.total, locale),
          percent: formatPercent(overall.completeness, locale),
        })}
      </p>
      {keyData.length > 0 && (
        <section aria-labelledby={`${selectId}-key`} className="key-data">
          <h3 id={`${selectId}-key`}>{t('keyData.title')}</h3>
          <dl className="key-data__list">
            {keyData.map((item) => (
              <div key={item.id} className="key-data__item">
                <dt>{localize(item.label, locale)}</dt>
                <dd>
                  <span className="key-data__value" dir="auto">
                    {localize(item.value, locale)}
                  </span>
                  <span className="muted" dir="auto">
                    {[item.year, localize(item.source, locale)].filter(Boolean).join(' · ')}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <ChartFigure
        testId="chart-domains"
        title={t('overview.domainsTitle')}
        summary={t('overview.domainsSummary')}
        chart={<LevelChart data={domainRows} locale={locale} onSelect={traceRow(domainRows)} />}
        table={
          <CountsTable
            caption={t('overview.domainsTitle')}
            rows={domainRows}
            series={series}
            fills={LEVEL_FILLS}
            onTrace={onTrace}
            showCompleteness
          />
        }
      />
      <ChartFigure
        testId="chart-radar"
        drawLater
        title={t('overview.radarTitle')}
        summary={t('overview.radarSummary')}
        chart={
          <DomainRadarChart
            data={view.charts.radar}
            locale={locale}
            onSelect={(rowId) => {
              const row = domainRows.find((r) => r.id === rowId);
              if (row)
                onTrace({
                  title: row.name,
                  indicatorIds: [...row.indicatorIds.developed, ...row.indicatorIds.partial, ...row.indicatorIds.gap],
                });
            }}
          />
        }
        table={
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('overview.radarTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.group')}</th>
                  <th scope="col">{t('overview.radarDeveloped')}</th>
                  <th scope="col">{t('overview.radarDevelopedOrPartial')}</th>
                  <th scope="col">{t('overview.radarBasis')}</th>
                </tr>
              </thead>
              <tbody>
                {view.charts.radar.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      {row.label} {row.name}
                    </th>
                    <td>{formatPercent(row.developedPercent / 100, locale)}</td>
                    <td>{formatPercent(row.developedOrPartialPercent / 100, locale)}</td>
                    <td>{formatNumber(row.basis, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
      <ChartFigure
        testId="chart-subdomains"
        drawLater
        title={t('overview.subdomainsTitle')}
        summary={t('overview.subdomainsSummary')}
        tools={
          <div className="field chart-figure__tools">
            <label htmlFor={selectId}>{t('overview.chooseDomain')}</label>
            <select id={selectId} value={domainId} onChange={(event) => setDomainId(event.target.value)}>
              {view.catalogue.domains.map((domain) => (
                <option key={domain.id} value={domain.id}>
                  {domain.id} {localize(domain.title, locale)}
                </option>
              ))}
            </select>
          </div>
        }
        chart={<LevelChart data={subRows} locale={locale} onSelect={traceRow(subRows)} />}
        table={
          <CountsTable
            caption={t('overview.subdomainsTitle')}
            rows={subRows}
            series={series}
            fills={LEVEL_FILLS}
            onTrace={onTrace}
            showCompleteness
          />
        }
      />
    </div>
  );
}
