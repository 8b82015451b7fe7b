import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { newestCatalogue } from '@/catalog/catalogue-lookup';
import { isLocale } from '@/domain/localized-text';
import { PUBLICATION_EXTRAS, WORKING_DRAFT_EXTRAS } from '@/domain/printed-texts';
import { buildDemoBundles } from '@/demo/demo-assessment';
import { buildReportPdf } from './build-report-pdf';
import { nodeFontLoader } from './node-font-loader';
import type { ReportData } from './report-input';
import { ReportInputError, parseReportData } from './report-input';

/**
 * The headless report command, for producing profiles in bulk:
 *
 *   npm run report -- <assessment.json> [--previous <round.json>] [--lang en|ar] [--out profile.pdf]
 *   npm run report -- --demo [--lang ar] [--out demo.pdf]
 *   --extras publication|draft  which extras to print (default: by the assessment's phase)
 *
 * The input is report data as described in report-input.ts and docs/REPORT.md: an assessment
 * bundle, or the envelope the PDF itself carries (so a report's attachment rebuilds the report).
 * Exit codes: 0 written, 1 bad data, 2 bad usage.
 */

const USAGE = 'usage: npm run report -- <assessment.json> [--previous <round.json>] [--lang en|ar] [--extras publication|draft] [--out <file.pdf>]\n       npm run report -- --demo [--lang en|ar] [--extras publication|draft] [--out <file.pdf>]';

class UsageError extends Error {}

/** npm runs scripts from the package folder; paths the user typed are relative to where they were. */
const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

async function readData(path: string): Promise<ReportData> {
  return parseReportData(await readFile(userPath(path), 'utf8'));
}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'en' }, extras: { type: 'string' }, out: { type: 'string' }, previous: { type: 'string' }, demo: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.warn(USAGE);
    return;
  }
  const locale = values.lang;
  if (!isLocale(locale)) throw new UsageError(`--lang must be en or ar, not ${locale}`);
  if (values.demo === (positionals.length > 0) || positionals.length > 1) throw new UsageError('give one assessment file, or --demo');
  const set = await loadBundledCatalogues();
  for (const problem of set.problems) console.warn(`catalogue problem: ${problem.file} ${problem.path}: ${problem.code} ${problem.detail}`);
  let data: ReportData;
  if (values.demo) {
    const catalogue = newestCatalogue(set.catalogues, 'mgi-national');
    if (!catalogue) throw new ReportInputError('unknown-catalogue', 'mgi-national');
    const [baseline, followUp] = buildDemoBundles(catalogue);
    if (!baseline || !followUp) throw new Error('The demo has two rounds');
    data = { bundle: followUp, previous: baseline };
  } else {
    data = await readData(positionals[0] ?? '');
    if (values.previous) data = { ...data, previous: (await readData(values.previous)).bundle };
  }
  const extras = values.extras;
  if (extras !== undefined && extras !== 'publication' && extras !== 'draft') throw new UsageError(`--extras must be publication or draft, not ${extras}`);
  const chosenExtras = extras === 'publication' ? PUBLICATION_EXTRAS : extras === 'draft' ? WORKING_DRAFT_EXTRAS : undefined;
  const report = await buildReportPdf(data.bundle, { locale, catalogues: set, fonts: nodeFontLoader, previous: data.previous, extras: chosenExtras });
  const out = userPath(values.out ?? report.fileName);
  await writeFile(out, report.bytes);
  // The one line a bulk run can parse: file, pages, bytes, fingerprint.
  process.stdout.write(`${out}\t${report.pages} pages\t${report.bytes.length} bytes\tsha256 ${report.fingerprint}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ReportInputError) {
    console.error(`report: ${error.code}: ${error.detail}`);
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  }
});
