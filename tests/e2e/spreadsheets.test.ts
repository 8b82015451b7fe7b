import { readFileSync, truncateSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText, readSpreadsheetFile, toCsv } from '@/interchange/spreadsheet-file';
import { SPREADSHEET_COLUMNS } from '@/interchange/spreadsheet-columns';
import { writeXlsx } from '@/interchange/spreadsheet-xlsx';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const col = (name: (typeof SPREADSHEET_COLUMNS)[number]) => SPREADSHEET_COLUMNS.indexOf(name);

async function newAssessmentSpreadsheets(): Promise<{ page: Page; id: string; errors: ReturnType<typeof watchForErrors> }> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const errors = watchForErrors(page);
  await page.goto(baseUrl());
  await page.getByRole('combobox', { name: 'Country' }).selectOption('KE');
  await page.getByRole('spinbutton', { name: 'Year' }).fill('2026');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  const id = decodeURIComponent(/#\/assessments\/([^/?]+)/.exec(page.url())![1]!);
  await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/spreadsheets`);
  await page.getByRole('heading', { level: 1, name: /Spreadsheets/ }).waitFor();
  return { page, id, errors };
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function upload(page: Page, name: string, content: Buffer | string, mimeType: string): Promise<string> {
  const status = page.getByTestId('spreadsheet-import-status');
  await page
    .getByLabel('Spreadsheet file')
    .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await status.filter({ hasNotText: /^$|Reading the file/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** Toasts stay until dismissed and sit over the bottom of the page, where the import button is. */
async function dismissNotices(page: Page): Promise<void> {
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click();
}

async function xlsxWithAbout(about: string[][]): Promise<Buffer> {
  const blob = await writeXlsx(
    [
      { name: 'Answers', rows: [[...SPREADSHEET_COLUMNS]] },
      { name: 'About', rows: about },
    ],
    false,
  );
  return Buffer.from(await blob.arrayBuffer());
}

const asFile = (name: string, bytes: Buffer) => ({ name, size: bytes.length, arrayBuffer: async () => new Uint8Array(bytes).buffer });

describe('answers in spreadsheets', () => {
  it('exports CSV and XLSX, and a template filled offline imports back with its answers', async () => {
    const { page, id, errors } = await newAssessmentSpreadsheets();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const csv = await download(page, 'Answers as CSV');
    expect(csv.name).toMatch(/^kenya-2026-round-1-answers\.csv$/);
    const csvRows = parseCsvText(csv.bytes.toString('utf8'));
    expect(csvRows.ok && csvRows.rows[0]).toEqual([...SPREADSHEET_COLUMNS]);
    // A header and one row for each of catalogue 1.1.0's 93 indicators (new assessments start on the newest release).
    expect(csvRows.ok && csvRows.rows.filter((row) => row.length > 1)).toHaveLength(1 + 93);

    const xlsx = await download(page, 'Answers as Excel (XLSX)');
    const xlsxRead = await readSpreadsheetFile(asFile(xlsx.name, xlsx.bytes));
    expect(xlsxRead.ok && xlsxRead.format).toBe('xlsx');
    expect(xlsxRead.ok && xlsxRead.rows[1]?.[col('question_ar')]).toMatch(/[\u0600-\u06FF]/);

    // Fill the CSV template as a spreadsheet user would: a value, an Arabic label, not applicable, a formula-like text.
    const template = parseCsvText((await download(page, 'Scoring template as CSV')).bytes.toString('utf8'));
    if (!template.ok) throw new Error('template did not parse');
    const rows = template.rows.filter((row) => row.length > 1);
    // Indicators answered on the yes / partially / no scale (the first ones use another scale).
    const yesPartialNo = rows.filter((row) => row[col('allowed_values')]?.startsWith('yes = Yes / نعم | partial ='));
    const [first, second, third] = [yesPartialNo[0]!, yesPartialNo[1]!, yesPartialNo[2]!];
    first[col('answer_value')] = 'yes';
    first[col('justification')] = 'Immigration Act 2011, section 4';
    second[col('answer_value')] = 'لا';
    second[col('justification')] = '=HYPERLINK("http://example.invalid","click")';
    third[col('not_applicable')] = 'yes';
    third[col('not_applicable_reason')] = 'No land borders of this kind';
    const summary = await upload(page, 'filled.csv', toCsv(rows), 'text/csv');
    expect(summary).toContain('Answers to change: 3.');
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Import the changes (3)' }).click();
    await page.getByTestId('spreadsheet-import-status').filter({ hasText: 'Answers imported: 3.' }).waitFor();

    // The XLSX template, filled in the same way.
    const xlsxTemplate = await readSpreadsheetFile(asFile('t.xlsx', (await download(page, 'Scoring template as Excel (XLSX)')).bytes));
    if (!xlsxTemplate.ok) throw new Error('xlsx template did not read');
    const fourth = xlsxTemplate.rows.filter((row) => row[col('allowed_values')]?.startsWith('yes = Yes / نعم | partial ='))[3]!;
    fourth[col('answer_value')] = 'partial';
    const filledXlsx = Buffer.from(await (await writeXlsx([{ name: 'Answers', rows: xlsxTemplate.rows }], false)).arrayBuffer());
    expect(await upload(page, 'filled.xlsx', filledXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toContain(
      'Answers to change: 1.',
    );
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Import the changes (1)' }).click();
    await page.getByTestId('spreadsheet-import-status').filter({ hasText: 'Answers imported: 1.' }).waitFor();

    // The answers appear in the assessment, and a new export carries them, formula text neutralised.
    await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Indicators' }).click();
    await page.locator('[data-indicator-id]').first().waitFor();
    expect(await page.locator(`[data-indicator-id="${first[0]}"]`).textContent()).toContain('Yes');
    expect(await page.locator(`[data-indicator-id="${second[0]}"]`).textContent()).toContain('No');
    expect(await page.locator(`[data-indicator-id="${third[0]}"]`).textContent()).toContain('Not applicable');
    await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/spreadsheets`);
    const again = parseCsvText((await download(page, 'Answers as CSV')).bytes.toString('utf8'));
    if (!again.ok) throw new Error('re-export did not parse');
    const byId = new Map(again.rows.map((row) => [row[0], row]));
    expect(byId.get(first[0])?.[col('justification')]).toBe('Immigration Act 2011, section 4');
    expect(byId.get(second[0])?.[col('justification')]).toBe(`'=HYPERLINK("http://example.invalid","click")`);
    expect(byId.get(fourth[0])?.[col('answer_value')]).toBe('partial');
    expect(byId.get(third[0])?.[col('not_applicable')]).toBe('yes');
    errors.assertClean();
    await page.context().close();
  });

  it('refuses hostile and broken files with specific messages and leaves every table unchanged', async () => {
    const { page, errors } = await newAssessmentSpreadsheets();
    const template = parseCsvText((await download(page, 'Scoring template as CSV')).bytes.toString('utf8'));
    if (!template.ok) throw new Error('template did not parse');
    const exported = (await download(page, 'Answers as Excel (XLSX)')).bytes;
    const before = await dumpStore(page);

    const withCell = (row: number, column: (typeof SPREADSHEET_COLUMNS)[number], value: string) => {
      const rows = template.rows.map((r) => [...r]);
      rows[row]![col(column)] = value;
      return toCsv(rows);
    };
    const cases: [string, Buffer | string, string | RegExp][] = [
      ['broken.csv', 'id,answer_value\n"A1,yes\n', /malformed near row/],
      ['cut.xlsx', exported.subarray(0, Math.floor(exported.length / 2)), 'damaged or incomplete'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old Excel file'],
      ['script.csv', withCell(1, 'justification', '<script>alert(document.cookie)</script>'), 'Nothing has been imported'],
      ['proto.csv', `${SPREADSHEET_COLUMNS.join(',')}\n__proto__,x,,,,,,yes\nconstructor,,,,,,,yes\n`, 'Nothing has been imported'],
      ['latin1.csv', Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x0a]), 'not in UTF-8'],
      ['notes.pdf', '%PDF-1.7', 'not a CSV or XLSX file'],
      [
        'newer.xlsx',
        await xlsxWithAbout([['mgi-workbench', 'answers-sheet/2']]),
        'made by a newer version of MGI Workbench (answers-sheet/2)',
      ],
      [
        'other.xlsx',
        await xlsxWithAbout([
          ['mgi-workbench', 'answers-sheet/1'],
          ['catalogue', 'mgi-national@0.9.0'],
        ]),
        'made for the catalogue mgi-national@0.9.0, but this assessment uses mgi-national@1.1.0',
      ],
    ];
    for (const [name, content, expected] of cases) {
      const text = await upload(page, name, content, 'application/octet-stream');
      if (typeof expected === 'string') expect(text, name).toContain(expected);
      else expect(text, name).toMatch(expected);
      expect(await page.getByRole('button', { name: /^Import/ }).count(), name).toBe(0);
    }
    // The row errors name the row, the column and the problem.
    await upload(page, 'script.csv', withCell(1, 'justification', '<img src=x onerror=alert(1)>'), 'text/csv');
    const table = page.getByTestId('spreadsheet-import-errors');
    expect(await table.getByRole('row').nth(1).textContent()).toMatch(/^2justificationThe cell contains HTML or script code/);

    // 100 MB: refused from File.size, before anything is read.
    const dir = mkdtempSync(join(tmpdir(), 'mgi-big-'));
    const big = join(dir, 'huge.csv');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    await page.getByLabel('Spreadsheet file').setInputFiles(big);
    await page.getByTestId('spreadsheet-import-status').filter({ hasText: 'larger than 5 MB' }).waitFor();

    expect(await dumpStore(page)).toEqual(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it('imports nothing from a file with a bad row unless the user explicitly chooses the valid rows only', async () => {
    const { page, errors } = await newAssessmentSpreadsheets();
    const template = parseCsvText((await download(page, 'Scoring template as CSV')).bytes.toString('utf8'));
    if (!template.ok) throw new Error('template did not parse');
    const rows = template.rows.filter((row) => row.length > 1);
    const scale = rows.filter((row) => row[col('allowed_values')]?.startsWith('yes = Yes / نعم | partial ='));
    scale[0]![col('answer_value')] = 'yes';
    scale[1]![col('answer_value')] = 'perhaps';
    const before = await dumpStore(page);
    const summary = await upload(page, 'mixed.csv', toCsv(rows), 'text/csv');
    expect(summary).toContain('Nothing has been imported.');
    expect(await page.getByTestId('spreadsheet-import-errors').textContent()).toContain('“perhaps” is not an allowed answer');
    expect(await page.getByRole('button', { name: 'Import the changes (1)' }).count()).toBe(0);
    expect(await dumpStore(page)).toEqual(before);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Import only the changes from rows without problems (1)' }).click();
    await page.getByTestId('spreadsheet-import-status').filter({ hasText: 'Answers imported: 1.' }).waitFor();
    const after = await dumpStore(page);
    const changed = (after.responses as { indicatorId: string; answer: string | null }[]).filter((r) => r.answer !== null);
    expect(changed.map((r) => [r.indicatorId, r.answer])).toEqual([[scale[0]![0], 'yes']]);
    errors.assertClean();
    await page.context().close();
  });
});
