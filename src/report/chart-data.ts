import type { Catalogue } from '@/domain/catalogue';
import type { GcmObjectiveCoverage } from '@/domain/gcm-coverage';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import type { RoundComparison } from '@/domain/round-comparison';
import type { AnswerState, AssessmentSummary, StateCounts } from '@/domain/scoring';
import type { SdgDomainReading, SdgRange } from '@/domain/sdg-10-7-2';
import type { Translate } from './report-context';

/**
 * The data behind each chart of the report, framework-free: categories with one value per series.
 * The report draws it with its own vector painter (chart-layout.ts + pdf-chart-painter.ts); the
 * on-screen recharts components (src/charts/) are not used for the PDF.
 */

export type ChartSeries = { readonly key: string; readonly label: string; readonly color: string };

export type ChartCategory = {
  readonly key: string;
  readonly label: string;
  readonly values: readonly number[];
  /** Printed at the end of the bar, e.g. "12 of 15" or "63%"; empty for none. */
  readonly total: string;
};

export type BarChartData = {
  readonly id: string;
  readonly title: string;
  readonly series: readonly ChartSeries[];
  readonly categories: readonly ChartCategory[];
  /** The value a full bar stands for; stacked bars of counts use the largest category total. */
  readonly max: number;
  /** Formats a segment value for its label (locale digits). */
  readonly valueLabels: readonly (readonly string[])[];
  /** Many categories with long labels: smaller type, tighter rows, a wider label column. */
  readonly dense?: boolean;
};

/** Print-safe colours that stay distinct in greyscale, in the order states are stacked. */
export const STATE_COLORS: Readonly<Record<AnswerState, string>> = {
  developed: '#1f5f8b',
  partial: '#6fa8cf',
  gap: '#e0a030',
  'not-applicable': '#9a9a9a',
  'not-scored': '#d9d9d9',
};

export const CHANGE_COLORS = { improved: '#2e7d4f', unchanged: '#9ab7c9', declined: '#c0392b', notComparable: '#cfcfcf' } as const;

const STACKED_STATES: readonly AnswerState[] = ['developed', 'partial', 'gap', 'not-applicable', 'not-scored'];

type Format = (value: number) => string;

function stateSeries(t: Translate): ChartSeries[] {
  return STACKED_STATES.map((state) => ({ key: state, label: t(`common:answerStates.${state}`), color: STATE_COLORS[state] }));
}

function stateCategory(key: string, label: string, counts: StateCounts, format: Format, t: Translate): ChartCategory {
  const answered = counts.total - counts['not-scored'];
  return {
    key,
    label,
    values: STACKED_STATES.map((state) => counts[state]),
    total: t('report:charts.answeredOf', { answered: format(answered), total: format(counts.total) }),
  };
}

function withLabels(chart: Omit<BarChartData, 'valueLabels'>, format: Format): BarChartData {
  return { ...chart, valueLabels: chart.categories.map((category) => category.values.map((value) => (value === 0 ? '' : format(value)))) };
}

/** Answer states per domain: the overview chart of the key findings. */
export function domainStatesChart(
  catalogue: Catalogue,
  summary: AssessmentSummary,
  locale: Locale,
  t: Translate,
  format: Format,
): BarChartData {
  const categories = catalogue.domains.map((domain) => {
    const counts = summary.domains.find((group) => group.id === domain.id)?.counts;
    if (!counts) throw new Error(`No summary for domain ${domain.id}`);
    return stateCategory(domain.id, localize(domain.title, locale), counts, format, t);
  });
  return withLabels(
    {
      id: 'domains',
      title: t('report:charts.domainsTitle'),
      series: stateSeries(t),
      categories,
      max: Math.max(1, ...categories.map((c) => sum(c.values))),
    },
    format,
  );
}

/** Answer states per sub-domain of one domain. */
export function subdomainStatesChart(
  catalogue: Catalogue,
  summary: AssessmentSummary,
  domainId: string,
  locale: Locale,
  t: Translate,
  format: Format,
): BarChartData {
  const categories = catalogue.subdomains
    .filter((subdomain) => subdomain.domainId === domainId)
    .map((subdomain) => {
      const counts = summary.subdomains.find((group) => group.id === subdomain.id)?.counts;
      if (!counts) throw new Error(`No summary for sub-domain ${subdomain.id}`);
      return stateCategory(subdomain.id, localize(subdomain.title, locale), counts, format, t);
    });
  return withLabels(
    {
      id: `subdomains-${domainId}`,
      title: t('report:charts.subdomainsTitle'),
      series: stateSeries(t),
      categories,
      max: Math.max(1, ...categories.map((c) => sum(c.values))),
    },
    format,
  );
}

/** Answer states of the indicators linked to each GCM objective (objectives without any are left out). */
export function gcmChart(
  coverage: readonly GcmObjectiveCoverage[],
  titles: ReadonlyMap<number, string>,
  t: Translate,
  format: Format,
): BarChartData {
  const categories = coverage
    .filter((objective) => objective.total > 0)
    .map((objective) => ({
      key: String(objective.objective),
      label: `${format(objective.objective)}. ${titles.get(objective.objective) ?? ''}`.trim(),
      values: STACKED_STATES.map((state) => objective.indicators[state].length),
      total: format(objective.total),
    }));
  return withLabels(
    {
      id: 'gcm',
      title: t('report:charts.gcmTitle'),
      series: stateSeries(t),
      categories,
      max: Math.max(1, ...categories.map((c) => sum(c.values))),
      dense: true,
    },
    format,
  );
}

/** Improved, unchanged, declined and not comparable indicators per domain since the last round. */
export function comparisonChart(
  catalogue: Catalogue,
  comparison: RoundComparison,
  locale: Locale,
  t: Translate,
  format: Format,
): BarChartData {
  const keys = ['improved', 'unchanged', 'declined', 'notComparable'] as const;
  const series = keys.map((key) => ({ key, label: t(`report:comparison.${key}`), color: CHANGE_COLORS[key] }));
  const categories = catalogue.domains.map((domain) => {
    const change = comparison.domains.find((entry) => entry.domainId === domain.id);
    const values = keys.map((key) => change?.[key] ?? 0);
    return { key: domain.id, label: localize(domain.title, locale), values, total: '' };
  });
  return withLabels(
    {
      id: 'comparison',
      title: t('report:charts.comparisonTitle'),
      series,
      categories,
      max: Math.max(1, ...categories.map((c) => sum(c.values))),
    },
    format,
  );
}

/**
 * Indicative SDG 10.7.2 percentage per policy domain: the firm part ("Partially" counted as no)
 * and the spread up to the upper end ("Partially" counted as yes); domains without a reading show no bar.
 */
export function sdgChart(
  readings: readonly SdgDomainReading[],
  titles: ReadonlyMap<number, string>,
  t: Translate,
  format: Format,
): BarChartData {
  const series = [
    { key: 'percent', label: t('report:sdg.percentLabel'), color: STATE_COLORS.developed },
    { key: 'spread', label: t('report:sdg.spreadLabel'), color: STATE_COLORS.partial },
  ];
  const categories = readings.map((reading) => ({
    key: reading.code,
    label: titles.get(reading.number) ?? reading.code,
    values: reading.percent ? [reading.percent.low, reading.percent.high - reading.percent.low] : [0, 0],
    total: reading.percent === null ? t('report:sdg.noReading') : sdgRangeText(reading.percent, format),
  }));
  const chart = { id: 'sdg', title: t('report:charts.sdgTitle'), series, categories, max: 100 };
  return { ...chart, valueLabels: categories.map(() => ['', '']) };
}

/** "60–80%" when "Partially" answers make the value a range, else "60%". */
export function sdgRangeText(percent: SdgRange, format: Format): string {
  const [low, high] = [format(Math.round(percent.low)), format(Math.round(percent.high))];
  return low === high ? `${low}%` : `${low}–${high}%`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
