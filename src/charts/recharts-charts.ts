/**
 * Every chart component that draws with recharts: the one entry of the lazily loaded chart chunk
 * (lazy-charts.tsx). Nothing else of the app imports these files, so recharts and d3 stay out of
 * the profile's first chunk.
 */
export { DomainRadarChart } from './domain-radar-chart';
export { GcmCoverageChart, LevelChart, RoundChangeChart } from './level-charts';
export { SdgChart } from './sdg-chart';
