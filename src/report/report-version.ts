/**
 * Which app, and which way of drawing pages, made a report. Stored inside the attached data (so
 * the fingerprint covers it): the check can then tell a PDF from an earlier version, whose pages
 * this version no longer draws glyph for glyph the same, from a PDF whose printed text was edited.
 */

export type ReportProducer = { readonly app: string; readonly drawing: number };

/**
 * Raise by one whenever the same data and options would show different glyphs on a page (the
 * check compares them): 1 for every report written before this number existed, 2 since the
 * right-to-left marks for poppler and pdf.js (pdf-text.ts), 3 since the space glyph after a
 * contents title and the footer note and the table rows that no longer split (pdf-table.ts).
 */
export const REPORT_DRAWING_VERSION = 3;

/** The drawing of reports whose data names no producer. */
export const FIRST_DRAWING_VERSION = 1;

/** package.json's version (tests/unit/report-verify.test.ts keeps them equal); src/ does not import files outside it. */
export const APP_VERSION = '0.1.0';

export const CURRENT_PRODUCER: ReportProducer = { app: APP_VERSION, drawing: REPORT_DRAWING_VERSION };
