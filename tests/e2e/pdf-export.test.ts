import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNTRY_NAME, DEMO_FOLLOW_UP_ID, DEMO_KNOWN_JUSTIFICATION } from '@/demo/demo-assessment';
import { localize } from '@/domain/localized-text';
import { demoReportData, flat, pdfText, tamperReportPdf } from '../unit/report-fixtures';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';

const dir = mkdtempSync(join(tmpdir(), 'mgi-pdf-e2e-'));
const catalogue = demoReportData().catalogues.catalogues.find((c) => c.frameworkId === 'mgi-national')!;
let browser: Browser;
let page: Page;
let errors: ReturnType<typeof watchForErrors>;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  errors = watchForErrors(page);
  await page.goto(`${baseUrl()}#/demo`);
  await page.waitForURL(new RegExp(`#/assessments/${DEMO_FOLLOW_UP_ID}`));
  await page.goto(`${baseUrl()}#/assessments/${DEMO_FOLLOW_UP_ID}/report`);
  await page.getByRole('heading', { level: 1, name: `Report: ${DEMO_COUNTRY_NAME.en}` }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function exportPdf(language: 'English' | 'العربية', file: string): Promise<string> {
  await page.getByRole('radio', { name: language }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  const path = join(dir, file);
  await download.saveAs(path);
  await page
    .getByTestId('export-status')
    .getByText(/PDF ready/)
    .waitFor();
  return path;
}

/** Renders every page with poppler; a broken PDF makes pdftoppm fail or render fewer pages. */
function renderPages(path: string, prefix: string): number {
  execFileSync('pdftoppm', ['-png', '-r', '40', path, join(dir, prefix)], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readdirSync(dir).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png')).length;
}

function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

describe('exporting the demo profile as PDF in the browser', () => {
  it('downloads the English PDF: country, every domain and a known justification', async () => {
    const path = await exportPdf('English', 'profile-en.pdf');
    const text = flat(pdfText(path));
    expect(text).toContain(DEMO_COUNTRY_NAME.en);
    for (const domain of catalogue.domains) expect(text).toContain(localize(domain.title, 'en'));
    expect(text).toContain(DEMO_KNOWN_JUSTIFICATION);
    expect(text).toContain('Draft: the working group has not yet validated this assessment.');
    // The diagonal watermark, one per page; -raw keeps its rotated letters together in drawing order.
    expect(flat(pdfText(path, 'raw')).split('D R A F T').length - 1).toBe(pageCount(path));
    expect(renderPages(path, 'en')).toBe(pageCount(path));
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toContain(
      `Title:           Migration Governance Indicators: ${DEMO_COUNTRY_NAME.en}`,
    );
  });

  it('downloads the Arabic PDF, right to left, with Arabic extracted in logical order', async () => {
    const path = await exportPdf('العربية', 'profile-ar.pdf');
    const text = pdfText(path);
    // Table cells wrap, so compare with whitespace collapsed; letters must come out in reading order.
    for (const domain of catalogue.domains) expect(flat(text)).toContain(localize(domain.title, 'ar'));
    expect(text).toContain('ديمولاند');
    expect(text).toContain('اعتمد مجلس الوزراء الاستراتيجية الوطنية');
    expect(text).toContain('المحتويات');
    expect(renderPages(path, 'ar')).toBe(pageCount(path));
  });

  it('verifies an exported PDF on re-import and flags a tampered one', async () => {
    const input = page.getByLabel('Report PDF to check');
    await input.setInputFiles(join(dir, 'profile-en.pdf'));
    await page
      .getByTestId('verify-status')
      .getByText(`Verified: this PDF carries unchanged data for ${DEMO_COUNTRY_NAME.en}, round 2 (2026)`, { exact: false })
      .waitFor();
    const tampered = await tamperReportPdf(new Uint8Array(readFileSync(join(dir, 'profile-en.pdf'))), (json) =>
      json.replace('"answer":"no"', '"answer":"yes"'),
    );
    writeFileSync(join(dir, 'tampered.pdf'), tampered);
    await input.setInputFiles(join(dir, 'tampered.pdf'));
    const alert = page.getByRole('alert').filter({ hasText: 'changed after export' });
    await alert.waitFor();
    expect(await page.getByTestId('verify-error').getAttribute('data-reason')).toBe('tampered');
    expect(await page.getByTestId('verify-status').textContent()).toBe('');
  });

  it('has no serious accessibility problems and no console errors', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
  });
});
