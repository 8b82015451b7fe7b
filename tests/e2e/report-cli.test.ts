import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_COUNTRY_NAME, DEMO_KNOWN_JUSTIFICATION, DEMO_KNOWN_JUSTIFICATION_AR } from '@/demo/demo-assessment';
import { localize } from '@/domain/localized-text';
import { verifyReportPdf } from '@/report/verify-report-pdf';
import { demoReportData, flat, pdfText } from '../unit/report-fixtures';

// Runs with the browser tests (after the build, one file at a time): it builds and runs a command.
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'mgi-report-cli-'));
const demo = demoReportData();
const catalogue = demo.catalogues.catalogues.find((c) => c.frameworkId === 'mgi-national')!;

/**
 * The first run is `npm run report -- …` exactly as a user types it (it builds the command); the
 * others run the built command directly, to keep the suite light on CPU for tests running beside it.
 */
let built = false;
function report(args: string[]) {
  const command = built
    ? spawnSync(process.execPath, [join(root, 'node_modules', '.cache', 'mgi-report-cli', 'cli.js'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: dir },
      })
    : spawnSync('npm', ['run', '--silent', '--prefix', root, 'report', '--', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: dir },
      });
  built = true;
  return { status: command.status, stdout: command.stdout, stderr: command.stderr };
}

describe('npm run report (headless)', () => {
  it('builds the Arabic demo profile: every domain, the country and a justification in logical order', () => {
    const run = report(['--demo', '--lang', 'ar', '--out', 'demo-ar.pdf']);
    expect(run.stderr.replace(/npm warn.*\n?/gi, '')).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/demo-ar\.pdf\t\d+ pages\t\d+ bytes\tsha256 [0-9a-f]{64}/);
    const text = pdfText(join(dir, 'demo-ar.pdf'));
    expect(text).toContain(DEMO_COUNTRY_NAME.ar.split(' ')[0]);
    for (const domain of catalogue.domains) expect(flat(text)).toContain(localize(domain.title, 'ar'));
    // Extracted in logical (reading) order as ordinary letters, not presentation forms.
    expect(text).toContain('اعتمد مجلس الوزراء الاستراتيجية الوطنية');
    expect(DEMO_KNOWN_JUSTIFICATION_AR.startsWith('اعتمد مجلس الوزراء الاستراتيجية الوطنية')).toBe(true);
  }, 120_000);

  it('prints Arabic-Indic digits and Iraqi month names on request, only in an Arabic report, and the check still rebuilds it', () => {
    const run = report(['--demo', '--lang', 'ar', '--digits', 'arabic-indic', '--out', 'demo-ar-digits.pdf']);
    expect(run.status).toBe(0);
    const text = pdfText(join(dir, 'demo-ar-digits.pdf'));
    // The year of the round and the report's month, as officials in Baghdad and Erbil write them.
    expect(text).toContain('٢٠٢٦');
    expect(text).toMatch(/كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول/);
    // Codes keep their Western digits: D1.1.1 and SDG 10.7.2 are identifiers, not numbers.
    expect(text).toContain('10.7.2');
    expect(report(['--verify', join(dir, 'demo-ar-digits.pdf')]).status).toBe(0);
    const refused = report(['--demo', '--lang', 'en', '--digits', 'arabic-indic', '--out', 'never.pdf']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--digits arabic-indic is an option of Arabic reports');
    expect(existsSync(join(dir, 'never.pdf'))).toBe(false);
  }, 120_000);

  it('builds a report from an exported assessment file, and refuses bad input and bad usage', async () => {
    writeFileSync(
      join(dir, 'assessment.json'),
      JSON.stringify({ format: 'mgi-report-data', version: 1, bundle: demo.bundle, previous: demo.previous }),
    );
    const run = report(['assessment.json', '--out', 'from-file.pdf']);
    expect(run.status).toBe(0);
    const bytes = readFileSync(join(dir, 'from-file.pdf'));
    const text = flat(pdfText(join(dir, 'from-file.pdf')));
    expect(text).toContain(DEMO_COUNTRY_NAME.en);
    expect(text).toContain(DEMO_KNOWN_JUSTIFICATION);
    expect(text).toContain('Comparison with the previous round');
    const verified = await verifyReportPdf(new Uint8Array(bytes));
    expect(verified.ok && verified.bundle.assessment.id).toBe(demo.bundle.assessment.id);

    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...demo.bundle, assessment: { ...demo.bundle.assessment, round: 'two' } }));
    const bad = report(['broken.json', '--out', 'broken.pdf']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('report: invalid-data: assessment.round');
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
    const usage = report(['--lang', 'fr', '--demo']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--lang must be en or ar');

    // A 120 MB file (sparse: nothing is written) is refused from its size, with the limit, before it is read.
    writeFileSync(join(dir, 'huge.pdf'), '');
    truncateSync(join(dir, 'huge.pdf'), 120 * 1024 * 1024);
    const huge = report(['--verify', 'huge.pdf']);
    expect(huge.status).toBe(1);
    expect(huge.stderr).toMatch(/report: too-large: .*huge\.pdf is 120 MB \(125829120 bytes\); report PDFs up to 50 MB are checked/);
  }, 120_000);
});
