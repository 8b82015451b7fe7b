import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { isLocale } from '@/domain/localized-text';
import { PUBLICATION_EXTRAS, WORKING_DRAFT_EXTRAS } from '@/domain/printed-texts';
import { buildDemoBundles, DEMO_CATALOGUE_VERSION } from '@/demo/demo-assessment';
import { buildReportPdf, reportRebuilder } from './build-report-pdf';
import { MAX_VERIFY_BYTES, verifyReportPdf } from './verify-report-pdf';
import { nodeFontLoader } from './node-font-loader';
import type { ReportData } from './report-input';
import { ReportInputError, parseReportData } from './report-input';

/**
 * The headless report command, for producing profiles in bulk:
 *
 *   npm run report -- <assessment.json> [--previous <round.json>] [--lang en|ar] [--out profile.pdf]
 *   npm run report -- --demo [--round 1|2] [--lang ar] [--out demo.pdf]
 *   --extras publication|draft  which extras to print (default: by the assessment's phase)
 *   --digits latin|arabic-indic  Arabic reports: Arabic-Indic digits and Iraqi month names (default latin)
 *
 * The input is report data as described in report-input.ts and docs/REPORT.md: an assessment
 * bundle, or the envelope the PDF itself carries (so a report's attachment rebuilds the report).
 *   npm run report -- --verify <report.pdf>
 *
 * Exit codes: 0 written (or verified), 1 bad data (or the check failed), 2 bad usage.
 */

const USAGE =
  'usage: npm run report -- <assessment.json> [--previous <round.json>] [--lang en|ar] [--extras publication|draft] [--digits latin|arabic-indic] [--out <file.pdf>]\n       npm run report -- --demo [--round 1|2] [--lang en|ar] [--extras publication|draft] [--digits latin|arabic-indic] [--out <file.pdf>]\n       npm run report -- --verify <report.pdf>';

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
    options: {
      verify: { type: 'string' },
      extras: { type: 'string' },
      digits: { type: 'string', default: 'latin' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string' },
      previous: { type: 'string' },
      demo: { type: 'boolean', default: false },
      round: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.warn(USAGE);
    return;
  }
  if (values.verify) {
    await verify(values.verify);
    return;
  }
  const locale = values.lang;
  if (!isLocale(locale)) throw new UsageError(`--lang must be en or ar, not ${locale}`);
  if (values.demo === positionals.length > 0 || positionals.length > 1) throw new UsageError('give one assessment file, or --demo');
  if (values.round !== undefined && !values.demo) throw new UsageError('--round picks a round of the demo; use it with --demo');
  const digits = values.digits;
  if (digits !== 'latin' && digits !== 'arabic-indic') throw new UsageError(`--digits must be latin or arabic-indic, not ${digits}`);
  if (digits === 'arabic-indic' && locale !== 'ar')
    throw new UsageError('--digits arabic-indic is an option of Arabic reports; add --lang ar');
  const set = await loadBundledCatalogues();
  for (const problem of set.problems) console.warn(`catalogue problem: ${problem.file} ${problem.path}: ${problem.code} ${problem.detail}`);
  let data: ReportData;
  if (values.demo) {
    const catalogue = findCatalogue(set, 'mgi-national', DEMO_CATALOGUE_VERSION);
    if (!catalogue) throw new ReportInputError('unknown-catalogue', 'mgi-national');
    const [baseline, followUp] = buildDemoBundles(catalogue);
    if (!baseline || !followUp) throw new Error('The demo has two rounds');
    // Round 1 is the validated, published baseline; round 2 (the default) compares with it.
    const round = values.round ?? '2';
    if (round !== '1' && round !== '2') throw new UsageError(`--round must be 1 or 2 for the demo, not ${round}`);
    data = round === '1' ? { bundle: baseline, previous: null } : { bundle: followUp, previous: baseline };
  } else {
    data = await readData(positionals[0] ?? '');
    if (values.previous) data = { ...data, previous: (await readData(values.previous)).bundle };
  }
  const extras = values.extras;
  if (extras !== undefined && extras !== 'publication' && extras !== 'draft')
    throw new UsageError(`--extras must be publication or draft, not ${extras}`);
  const chosenExtras = extras === 'publication' ? PUBLICATION_EXTRAS : extras === 'draft' ? WORKING_DRAFT_EXTRAS : undefined;
  const report = await buildReportPdf(data.bundle, {
    locale,
    catalogues: set,
    fonts: nodeFontLoader,
    previous: data.previous,
    extras: chosenExtras,
    digits,
  });
  const out = userPath(values.out ?? report.fileName);
  await writeFile(out, report.bytes);
  // The one line a bulk run can parse: file, pages, bytes, fingerprint.
  process.stdout.write(`${out}\t${report.pages} pages\t${report.bytes.length} bytes\tsha256 ${report.fingerprint}\n`);
}

/** `--verify`: the same check as the app's "Check a report PDF"; exit code 0 only when it passes. */
async function verify(path: string): Promise<void> {
  const file = userPath(path);
  const size = (await stat(file)).size;
  if (size > MAX_VERIFY_BYTES) {
    const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
    console.error(`report: too-large: ${file} is ${mb(size)} (${size} bytes); report PDFs up to ${mb(MAX_VERIFY_BYTES)} are checked`);
    process.exitCode = 1;
    return;
  }
  const set = await loadBundledCatalogues();
  const result = await verifyReportPdf(new Uint8Array(await readFile(file)), { rebuild: reportRebuilder(set, nodeFontLoader) });
  if (result.ok) {
    process.stdout.write(`${file}\tverified\t${result.pagesChecked} pages match the report rebuilt from the attached data\n`);
    process.stdout.write(`printed fingerprint   ${result.printedFingerprint}\ncomputed fingerprint  ${result.fingerprint}\n`);
    process.stdout.write(
      'An integrity check, not a signature: anyone can recompute the fingerprint. Compare it with the one the working group published.\n',
    );
    return;
  }
  const where = result.page
    ? ` (first differing page: ${result.page})`
    : result.found !== undefined
      ? ` (found ${result.found}, expected ${result.expected})`
      : '';
  console.error(`report: ${result.reason}${where}${result.detail ? `: ${result.detail}` : ''}`);
  process.exitCode = 1;
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
