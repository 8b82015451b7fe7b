import type * as ReportLayer from '@/report/browser-entry';

/** jsPDF, pdf-lib and the fonts: fetched on the first export or check, not with the report screen. */
export type LoadReportLayer = () => Promise<typeof ReportLayer>;

export const loadReportLayer: LoadReportLayer = () => import('@/report/browser-entry');
