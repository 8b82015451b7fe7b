/**
 * The report layer as the browser loads it: one lazy chunk for export and verification, so the
 * screen pulls jsPDF, pdf-lib and the report code in a single request on first use.
 */
export { buildReportPdf } from './build-report-pdf';
export { browserFontLoader } from './browser-font-loader';
export { verifyReportPdf } from './verify-report-pdf';
