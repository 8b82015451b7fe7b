import { LEVEL_FILLS, SDG_FILLS, Swatch } from '@/charts/chart-style';
import { levelSeries } from '@/charts/chart-series';
import { GcmCoverageChart, SdgChart } from '@/charts/lazy-charts';
import { formatNumber, formatPercent, formatPercentRange } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { KeyTerms } from '@/components/ui/glossary-term';
import { ChartFigure } from './chart-figure';
import { SdgMethodNote, SdgOverall, SdgSubcategoryTable } from './sdg-method';
import { CountsTable } from './counts-table';
import type { Trace } from './trace';
import type { ProfileView } from './use-profile-model';

const PANEL_TERMS = ['gcm', 'sdg-10-7-2', 'partially', 'regular-migrant', 'irregular-situation'] as const;

/** How the answers relate to the Global Compact's objectives, and the indicative SDG 10.7.2 reading. */
export function GcmSdgPanel({ view, onTrace }: { view: ProfileView; onTrace: (trace: Trace) => void }) {
  const { t, locale } = useT('profile');
  const { t: m } = useT('method');
  const series = levelSeries(locale);
  const gcm = view.charts.gcm;
  const sdg = view.charts.sdg;
  const touched = (keys: readonly ('developed' | 'partial' | 'gap')[]) =>
    gcm.filter((row) => keys.some((key) => row.counts[key] > 0)).length;
  return (
    <div className="profile-panel-body">
      <ChartFigure
        testId="chart-gcm"
        title={t('gcm.title')}
        summary={t('gcm.summary', {
          count: gcm.length,
          developed: formatNumber(touched(['developed']), locale),
          // Potential for development covers partly developed areas as well as gaps.
          gap: formatNumber(touched(['partial', 'gap']), locale),
        })}
        chart={
          <GcmCoverageChart
            data={gcm}
            locale={locale}
            onSelect={(rowId, key) => {
              const row = gcm.find((r) => r.id === rowId);
              const label = series.find((s) => s.key === key)?.label ?? key;
              if (row)
                onTrace({ title: `${row.name} · ${label}`, indicatorIds: row.indicatorIds[key as keyof typeof row.indicatorIds] ?? [] });
            }}
          />
        }
        table={<CountsTable caption={t('gcm.title')} rows={gcm} series={series} fills={LEVEL_FILLS} onTrace={onTrace} />}
      />
      {view.charts.gcmTitlesUnofficial && (
        <p className="muted" data-testid="gcm-unofficial">
          {m('gcm.unofficialTitles')}
        </p>
      )}
      {sdg ? (
        <ChartFigure
          testId="chart-sdg"
          title={t('sdg.title')}
          summary={t('sdg.summary')}
          chart={
            <SdgChart
              data={sdg}
              locale={locale}
              onSelect={(rowId) => {
                const row = sdg.rows.find((r) => r.id === rowId);
                if (row) onTrace({ title: row.name, indicatorIds: row.indicatorIds });
              }}
            />
          }
          table={
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('sdg.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sdg.domain')}</th>
                    <th scope="col">{t('sdg.value')}</th>
                    <th scope="col">{t('sdg.category')}</th>
                    <th scope="col">{t('sdg.indicators')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sdg.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        {row.label} {row.name}
                      </th>
                      <td>{row.percent === null ? t('sdg.noReading') : formatPercentRange(row.percent.low, row.percent.high, locale)}</td>
                      <td>
                        {row.category !== null && SDG_FILLS[String(row.category)] && <Swatch fill={SDG_FILLS[String(row.category)]!} />}{' '}
                        {row.categoryLabel ?? '—'}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link-button trace-button"
                          onClick={() => onTrace({ title: row.name, indicatorIds: row.indicatorIds })}
                        >
                          {t('findings.indicators', {
                            count: row.indicatorIds.length,
                            formatted: formatNumber(row.indicatorIds.length, locale),
                          })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">
                {t('sdg.thresholds', {
                  list: sdg.thresholds.map((th) => `${th.label} ≥ ${formatPercent(th.value / 100, locale)}`).join(' · '),
                })}
              </p>
            </div>
          }
        />
      ) : view.model.sdg?.kind === 'local' ? (
        <p role="status" data-testid="sdg-local">
          {m('sdg.local')}
        </p>
      ) : (
        <p role="status">{t('sdg.unavailable')}</p>
      )}
      {sdg && <SdgOverall data={sdg} />}
      {sdg && <SdgSubcategoryTable data={sdg} onTrace={onTrace} />}
      <KeyTerms glossary={view.glossary} ids={PANEL_TERMS} locale={locale} label={m('glossary.label')} usageLabel={m('glossary.usage')} />
      {view.model.sdg?.kind !== 'local' && <SdgMethodNote />}
      <p className="indicative-note">{t('sdg.caveat')}</p>
    </div>
  );
}
