import { translatorFor } from '@/i18n/i18n';
import type { ChangeRow, LevelRow } from './chart-data';
import type { ChartProps } from './chart-frame';
import { changeSeries, levelSeries } from './chart-series';
import { CHANGE_FILLS, LEVEL_FILLS } from './chart-style';
import { StackedBarsChart } from './stacked-bars-chart';

/**
 * The profile's stacked-bar charts. Each takes the rows from chart-data.ts and a locale. Strings
 * come from translatorFor(locale), so a chart can be drawn in a language other than the screen's
 * (load the `charts` namespace first).
 */

/** Indicators per answer level, one bar per domain (the overview) or per sub-domain (the detail). */
export function LevelChart({ data, locale, onSelect }: ChartProps<readonly LevelRow[]>) {
  return <StackedBarsChart rows={data} series={levelSeries(locale)} fills={LEVEL_FILLS} locale={locale} onSelect={onSelect} axisNames />;
}

/** Which GCM objectives the well-developed and weaker indicators touch. */
export function GcmCoverageChart({ data, locale, onSelect }: ChartProps<readonly LevelRow[]>) {
  const prefix = translatorFor(locale)('charts:gcm.objectivePrefix');
  return (
    <StackedBarsChart
      rows={data}
      series={levelSeries(locale)}
      fills={LEVEL_FILLS}
      locale={locale}
      onSelect={onSelect}
      axisNames={false}
      axisLabelPrefix={prefix}
    />
  );
}

/** Change since the previous round per domain: improved, unchanged, declined, not comparable. */
export function RoundChangeChart({ data, locale, onSelect }: ChartProps<readonly ChangeRow[]>) {
  return <StackedBarsChart rows={data} series={changeSeries(locale)} fills={CHANGE_FILLS} locale={locale} onSelect={onSelect} axisNames />;
}
