import type { Locale } from '@/domain/localized-text';
import { translatorFor } from '@/i18n/i18n';
import { CHANGE_SERIES, LEVEL_SERIES } from './chart-data';
import type { LegendItem } from './chart-style';

/**
 * The series of the stacked-bar charts with their labels, apart from the charts themselves: the
 * profile's legends and tables need them before recharts has loaded (lazy-charts.tsx).
 */

export function levelSeries(locale: Locale): LegendItem[] {
  const t = translatorFor(locale);
  return LEVEL_SERIES.map((state) => ({ key: state, label: t(`common:answerStates.${state}`) }));
}

export function changeSeries(locale: Locale): LegendItem[] {
  const t = translatorFor(locale);
  return CHANGE_SERIES.map((direction) => ({ key: direction, label: t(`charts:change.${direction}`) }));
}
