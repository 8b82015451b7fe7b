import type { SdgChartData, SdgSubcategoryRow } from '@/charts/chart-data';
import type { Locale } from '@/domain/localized-text';
import type { SdgRange } from '@/domain/sdg-10-7-2';
import { formatNumber, formatPercentRange } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { Trace } from './trace';

/**
 * What makes the SDG 10.7.2 reading checkable by hand: the overall value, each of the 30
 * sub-categories as coded with the indicators behind it, and the method with its official source
 * and the choices MGI answers force on it (stated in words, never left implicit).
 */

export function SdgOverall({ data }: { data: SdgChartData }) {
  const { t, locale } = useT('method');
  if (!data.overall) {
    return (
      <p className="muted" data-testid="sdg-overall">
        {t('sdg.overallMissing', { count: data.openSubcategories })}
      </p>
    );
  }
  const value = formatPercentRange(data.overall.percent.low, data.overall.percent.high, locale);
  return (
    <p data-testid="sdg-overall">
      <strong>
        {t('sdg.overall', {
          value: data.overall.categoryLabel ? t('sdg.overallCategory', { value, category: data.overall.categoryLabel }) : value,
        })}
      </strong>
    </p>
  );
}

function codedText(value: SdgRange, locale: Locale): string {
  const format = (n: number) => formatNumber(n, locale, { maximumFractionDigits: 1 });
  return value.low === value.high ? format(value.low) : `${format(value.low)}–${format(value.high)}`;
}

export function SdgSubcategoryTable({ data, onTrace }: { data: SdgChartData; onTrace: (trace: Trace) => void }) {
  const { t, locale } = useT('method');
  const status = (sub: SdgSubcategoryRow) => {
    if (sub.state === 'value' && sub.value) return codedText(sub.value, locale);
    if (sub.state === 'not-applicable') return t('sdg.notApplicable');
    if (sub.indicatorIds.length === 0) return t('sdg.notMapped');
    return t('sdg.missing', { ids: sub.unansweredIds.join(', ') });
  };
  return (
    <details className="sdg-subcategories" data-testid="sdg-subcategories">
      <summary>{t('sdg.subcategoriesTitle')}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('sdg.subcategoriesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sdg.subcategory')}</th>
              <th scope="col">{t('sdg.coded')}</th>
              <th scope="col">{t('sdg.indicators')}</th>
            </tr>
          </thead>
          <tbody>
            {data.subcategories.map((sub) => (
              <tr key={sub.id} data-subcategory={sub.id}>
                <th scope="row">
                  {sub.id} {sub.title}
                </th>
                <td>{status(sub)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button trace-button"
                    onClick={() => onTrace({ title: `${sub.id} ${sub.title}`, indicatorIds: sub.indicatorIds })}
                  >
                    {sub.indicatorIds.join(', ')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('sdg.rangeNote')}</p>
    </details>
  );
}

export function SdgMethodNote() {
  const { t } = useT('method');
  return (
    <section className="sdg-method" aria-labelledby="sdg-method-title" data-testid="sdg-method">
      <h3 id="sdg-method-title">{t('sdg.methodTitle')}</h3>
      <p>{t('sdg.source')}</p>
      <p>{t('sdg.coding')}</p>
      <p>{t('sdg.standIn')}</p>
    </section>
  );
}
