import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { jsPDF } from 'jspdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import type { BackupContent } from '@/interchange/backup-format';
import { serializeBackup } from '@/interchange/backup-format';
import { serializePackage } from '@/interchange/package-format';
import { SPREADSHEET_COLUMNS } from '@/interchange/spreadsheet-columns';
import { writeXlsx } from '@/interchange/spreadsheet-xlsx';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { demoReportData, editPageText, tamperReportPdf } from '../unit/report-fixtures';
import { baseUrl, launchBrowser, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';
import { tr } from './support/strings';
import { hostilePackage } from './support/hostile-package';
import { screenshotIfAsked } from './support/screenshot';

/**
 * Issue 16, point 9: the hostile files of the black-box attack that the other browser tests do not
 * already try (packages, catalogues and spreadsheets have their own suites next to this one), each
 * generated here. For every case: the message the user sees, in English and for a sample in
 * Arabic, and every table of IndexedDB exactly as it was before.
 */

let browser: Browser;
let report: { plain: Uint8Array; withoutData: Uint8Array };
beforeAll(async () => {
  browser = await launchBrowser();
  const demo = demoReportData();
  const build = (attachment: 'public' | 'none') =>
    buildReportPdf(demo.bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      attachment,
      now: new Date('2026-11-22T10:00:00Z'),
    });
  const [plain, withoutData] = await Promise.all([build('public'), build('none')]);
  report = { plain: plain.bytes, withoutData: withoutData.bytes };
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const AT = '2026-05-01T09:00:00.000Z';
const emptyBackup = (schemaVersion: number): BackupContent => ({
  createdAt: AT,
  schemaVersion,
  scope: { kind: 'all' },
  tables: {
    assessments: [],
    responses: [],
    sources: [],
    comments: [],
    members: [],
    history: [],
    profiles: [],
    snapshots: [],
    meta: [],
    catalogues: [],
  },
});

async function demoPage(path: string): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const page = await (await browser.newContext()).newPage();
  const errors = watchForErrors(page);
  await page.goto(`${baseUrl()}#/demo`);
  await page.waitForURL(new RegExp(`#/assessments/${DEMO_FOLLOW_UP_ID}`));
  await page.goto(`${baseUrl()}${path}`);
  return { page, errors };
}

const upload = (page: Page, label: string, name: string, content: Uint8Array | string, mimeType = 'application/json') =>
  page.getByLabel(label).setInputFiles({ name, mimeType, buffer: Buffer.from(content) });

describe('hostile backups', () => {
  it('refuses a backup from a future store, a wrong passphrase (EN and AR), and opens one whose passphrase was typed in another Unicode form', async () => {
    const { page, errors } = await demoPage('#/storage');
    const before = await dumpStore(page);
    const file = tr('en', 'storage-health:restore.choose');
    const error = page.getByTestId('restore-error');

    await upload(page, file, 'future-store.json', await serializeBackup(emptyBackup(99), null));
    await error
      .getByText(/This backup was made by a newer version of MGI Workbench \(store version 99; this version reads up to \d+\)/)
      .waitFor();

    // Encrypted with the passphrase as typed on a Mac (NFC), opened as typed elsewhere (NFD): the same passphrase.
    const passphrase = 'Café société 2026';
    const locked = await serializeBackup(emptyBackup(1), passphrase);
    const unlock = async (typed: string) => {
      await page.getByLabel(tr('en', 'storage-health:restore.passphrase')).fill(typed);
      await page.getByRole('button', { name: tr('en', 'storage-health:restore.unlock') }).click();
    };
    await upload(page, file, 'locked.json', locked);
    await unlock('Cafe société 2026');
    await error.getByText(tr('en', 'exchange:errors.wrong-passphrase')).waitFor();
    await unlock(passphrase.normalize('NFD'));
    await page.getByTestId('restore-preview').waitFor();
    expect(passphrase.normalize('NFD')).not.toBe(passphrase);

    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    await upload(page, tr('ar', 'storage-health:restore.choose'), 'locked.json', locked);
    await page.getByLabel(tr('ar', 'storage-health:restore.passphrase')).fill('wrong passphrase');
    await page.getByRole('button', { name: tr('ar', 'storage-health:restore.unlock') }).click();
    await error.getByText(tr('ar', 'exchange:errors.wrong-passphrase')).waitFor();
    await screenshotIfAsked(page, 'backup-wrong-passphrase-ar');
    await upload(page, tr('ar', 'storage-health:restore.choose'), 'future-store.json', await serializeBackup(emptyBackup(99), null));
    await error.getByText(/\(إصدار المخزن 99؛/).waitFor();

    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  });
});

describe('hostile member packages', () => {
  it('names the answer, the field and the limit of an over-long justification, in English and Arabic, storing nothing', async () => {
    const { page, errors } = await demoPage('#/exchange');
    const before = await dumpStore(page);
    const label = tr('en', 'exchange:import.choose');
    const { text } = await serializePackage(hostilePackage('device-long', 'x'.repeat(50_001), 'https://example.org'));
    await upload(page, label, 'long.json', text);
    const error = page.getByTestId('import-error');
    await error.getByText(/The answer to indicator D1\.1\.1: .*50,001 characters long; at most 50,000 are allowed\./).waitFor();
    // The schema's own words only behind "Details", never in the sentence itself.
    expect(await error.locator('p').first().textContent()).not.toMatch(/content\.bundle|Too big|expected string/);
    expect(await error.locator('details code').textContent()).toContain('content.bundle.responses[0].justification');
    await screenshotIfAsked(page, 'package-too-long-en');

    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    await upload(page, tr('ar', 'exchange:import.choose'), 'long.json', text);
    await error.getByText(/الإجابة عن المؤشر D1\.1\.1: .*والحد الأقصى المسموح به/).waitFor();
    await screenshotIfAsked(page, 'package-too-long-ar');
    expect(await error.locator('p').first().textContent()).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/);

    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  });
});

describe('hostile report PDFs', () => {
  it('says what is wrong with each file, in English and Arabic, and refuses a 110 MB file at once, changing nothing', async () => {
    const { page, errors } = await demoPage(`#/assessments/${DEMO_FOLLOW_UP_ID}/report`);
    const label = tr('en', 'report:ui.verifyFile');
    await page.getByLabel(label).waitFor();
    const before = await dumpStore(page);
    const reason = (key: string, values: Record<string, string> = {}) => tr('en', `report-pdf:ui.reasons.${key}`, values);

    const other = new jsPDF();
    other.text('Minutes of the working group', 20, 20);
    const cases: [string, Uint8Array | string, string][] = [
      ['notes.pdf', 'These are not the minutes you are looking for.', reason('not-pdf')],
      ['other-tool.pdf', new Uint8Array(other.output('arraybuffer')), reason('foreign')],
      ['without-data.pdf', report.withoutData, reason('no-data')],
      ['tampered.pdf', await tamperReportPdf(report.plain, (json) => json.replace('"answer":"no"', '"answer":"yes"')), reason('tampered')],
      ['edited-page.pdf', await editPageText(report.plain, 4), reason('text-differs', { page: '4' })],
    ];
    const alert = page.getByTestId('verify-error');
    for (const [name, content, message] of cases) {
      await upload(page, label, name, content, 'application/pdf');
      await alert.filter({ hasText: message }).waitFor({ timeout: 45_000 });
    }

    // 110 MB made in the page (nothing this size crosses the test protocol or lands in git).
    const refusedAfter = await page.getByLabel(label).evaluate(async (input: HTMLInputElement) => {
      const started = performance.now();
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(110 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      while (!document.querySelector('[data-testid="verify-error"][data-reason="too-large"]')) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (performance.now() - started > 20_000) break;
      }
      return performance.now() - started;
    });
    expect(refusedAfter).toBeLessThan(5_000);
    expect(await alert.textContent()).toMatch(/^This file is 110 MB; the check accepts report PDFs up to 50 MB\. Nothing was read\.$/);
    await alert.scrollIntoViewIfNeeded();
    await screenshotIfAsked(page, 'pdf-too-large-en');

    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    const arabic = tr('ar', 'report:ui.verifyFile');
    await upload(page, arabic, 'other-tool.pdf', new Uint8Array(other.output('arraybuffer')), 'application/pdf');
    await alert.filter({ hasText: tr('ar', 'report-pdf:ui.reasons.foreign') }).waitFor();
    await upload(page, arabic, 'tampered.pdf', cases[3]![1], 'application/pdf');
    await alert.filter({ hasText: tr('ar', 'report-pdf:ui.reasons.tampered') }).waitFor();
    await alert.scrollIntoViewIfNeeded();
    await screenshotIfAsked(page, 'pdf-tampered-ar');

    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  }, 180_000);
});

describe('hostile catalogue files and spreadsheets in Arabic', () => {
  it('words the refusals of a 100,000-level nesting, a future catalogue, a quoted number, an .xls and a newer sheet in Arabic, storing nothing', async () => {
    const { page, errors } = await demoPage('#/catalogues');
    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    await page.getByTestId('installed-catalogues').waitFor();
    const before = await dumpStore(page);
    const bundled = readFileSync(join(import.meta.dirname, '..', '..', 'indicators', 'mgi', '1.0.0.json'), 'utf8');
    const release = (change: (file: Record<string, unknown>) => void) => {
      const file = JSON.parse(bundled) as Record<string, unknown>;
      change(file);
      return JSON.stringify(file);
    };
    const status = page.getByTestId('catalogue-import-status');
    const catalogueCases: [string, string, RegExp][] = [
      ['deep.json', `{"schemaVersion":1,"title":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, /الملف متداخل لأكثر من/],
      [
        'future.json',
        release((f) => {
          f.schemaVersion = 2;
          f.version = '9.0.0';
        }),
        new RegExp(tr('ar', 'catalogue-import:problems.unsupported-schema-version').slice(0, 30)),
      ],
      [
        'quoted.json',
        release((f) => {
          f.version = '1.0.5';
          (f.indicators as Record<string, unknown>[])[3]!.order = '4';
        }),
        /المؤشر .+: يجب أن يكون الحقل «.+» عددًا صحيحًا؛ وفي هذا الملف/,
      ],
    ];
    for (const [name, content, expected] of catalogueCases) {
      await upload(page, tr('ar', 'catalogue-import:import.file'), name, content);
      await status.filter({ hasText: expected }).waitFor();
      // The validator's own words only behind "Details".
      const shown = await status.evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('details').forEach((details) => details.remove());
        return copy.textContent ?? '';
      });
      expect(shown, name).not.toMatch(/Invalid input|expected number|indicators\[3\]/);
    }
    await screenshotIfAsked(page, 'catalogue-quoted-number-ar');

    await page.goto(`${baseUrl()}#/assessments/${DEMO_FOLLOW_UP_ID}/spreadsheets`);
    const sheetStatus = page.getByTestId('spreadsheet-import-status');
    const newer = await writeXlsx(
      [
        { name: 'Answers', rows: [[...SPREADSHEET_COLUMNS]] },
        { name: 'About', rows: [['mgi-workbench', 'answers-sheet/2']] },
      ],
      false,
    );
    const sheetCases: [string, Uint8Array, string][] = [
      ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), tr('ar', 'spreadsheets:fileErrors.legacy-excel')],
      [
        'newer.xlsx',
        new Uint8Array(await newer.arrayBuffer()),
        tr('ar', 'spreadsheets:fileErrors.future-format', { detail: 'answers-sheet/2' }),
      ],
    ];
    for (const [name, content, expected] of sheetCases) {
      await upload(page, tr('ar', 'spreadsheets:import.file'), name, content, 'application/octet-stream');
      await sheetStatus.filter({ hasText: expected }).waitFor();
    }
    await screenshotIfAsked(page, 'spreadsheet-newer-ar');

    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  });
});
