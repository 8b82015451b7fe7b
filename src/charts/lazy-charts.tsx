import { lazy } from 'react';
import type { ComponentType } from 'react';
import type * as RechartsCharts from './recharts-charts';
import { loadOnce } from '@/lib/load-once';

/**
 * The profile's charts, loaded on demand. recharts and d3 are most of the profile's code (about
 * 100 kB gzip); loaded with the page, they held back its text, tables and editors until all of it
 * was fetched and compiled. Now the page shows at once and each chart fills its reserved space
 * when this chunk arrives (docs/PERFORMANCE.md). Screens render these inside a Suspense boundary
 * (features/profile/chart-figure.tsx).
 */

type Charts = typeof RechartsCharts;
type ChartName = 'DomainRadarChart' | 'LevelChart' | 'GcmCoverageChart' | 'RoundChangeChart' | 'SdgChart';

/** Starts fetching the chart code (once), so it loads while the page's data is read. */
export const preloadCharts: () => Promise<Charts> = loadOnce(() => import('./recharts-charts'));

function lazyChart<Name extends ChartName>(name: Name): ComponentType<Parameters<Charts[Name]>[0]> {
  return lazy(async () => {
    const charts = await preloadCharts();
    return { default: charts[name] as ComponentType<Parameters<Charts[Name]>[0]> };
  });
}

export const DomainRadarChart = lazyChart('DomainRadarChart');
export const LevelChart = lazyChart('LevelChart');
export const GcmCoverageChart = lazyChart('GcmCoverageChart');
export const RoundChangeChart = lazyChart('RoundChangeChart');
export const SdgChart = lazyChart('SdgChart');
