/**
 * The report layer as the browser loads it: one lazy chunk for export and verification (in the
 * report worker, or on the main thread where workers are missing), so jsPDF, pdf-lib, bidi-js and
 * the report code arrive in a single request on first use.
 */
export { buildReportPdf, reportRebuilder } from './build-report-pdf';
export { browserFontLoader } from './browser-font-loader';
export { verifyReportPdf } from './verify-report-pdf';
