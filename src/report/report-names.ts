/** Names a report PDF and its checker agree on, in a module that loads nothing else. */

export const DATA_ATTACHMENT = 'mgi-assessment-data.json';
/** Custom key of the PDF document information dictionary holding the data's SHA-256. */
export const FINGERPRINT_KEY = 'MGIDataSHA256';
/** Custom key holding the options the pages were built with (language, date, digits), as JSON. */
export const OPTIONS_KEY = 'MGIReportOptions';
/** Report PDFs of the demo are under 1 MB; a file past this is refused before it is read. */
export const MAX_VERIFY_BYTES = 50 * 1024 * 1024;
