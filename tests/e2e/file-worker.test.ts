import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPREADSHEET_COLUMNS } from '@/interchange/spreadsheet-columns';
import { parseCsvText, readSpreadsheetFile, toCsv } from '@/interchange/spreadsheet-file';
import { writeXlsx } from '@/interchange/spreadsheet-xlsx';
import { baseUrl, launchBrowser, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';

/**
 * Issue 16, point 5: spreadsheets are read and written in the app's file worker. Above 512 kB
 * (reading) or 160 kB (writing) the XLSX libraries used to start a blob: worker that the CSP
 * blocks, and the page waited for good. The files are generated here, not kept in git.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const col = (name: (typeof SPREADSHEET_COLUMNS)[number]) => SPREADSHEET_COLUMNS.indexOf(name);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Holds every file-worker message until the test lets it go, and counts terminations, so Cancel
 * can be pressed while the worker is certainly still busy. Installed before the app loads.
 */
function holdFileWorkers() {
  const Real = window.Worker;
  const state = { held: [] as (() => void)[], terminated: 0, release: false };
  (window as unknown as { fileWorkers: typeof state }).fileWorkers = state;
  window.Worker = class extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      const send = () => super.postMessage(message, transfer as Transferable[]);
      if (!state.release) state.held.push(send);
      else send();
    }
    override terminate(): void {
      state.terminated += 1;
      super.terminate();
    }
  };
}

async function spreadsheetsPage(hold = false): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const context = await browser.newContext({ acceptDownloads: true });
  if (hold) await context.addInitScript(holdFileWorkers);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(baseUrl());
  await page.getByRole('combobox', { name: 'Country' }).selectOption('KE');
  await page.getByRole('spinbutton', { name: 'Year' }).fill('2026');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  const id = decodeURIComponent(/#\/assessments\/([^/?]+)/.exec(page.url())![1]!);
  await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/spreadsheets`);
  await page.getByRole('heading', { level: 1, name: /Spreadsheets/ }).waitFor();
  return { page, errors };
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function upload(page: Page, name: string, content: Buffer | string, mimeType: string): Promise<string> {
  const status = page.getByTestId('spreadsheet-import-status');
  await page
    .getByLabel('Spreadsheet file')
    .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await status.filter({ hasNotText: /^$|Reading the file/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** Text that compresses well, like real prose: fflate then takes its asynchronous (worker) path. */
const prose = (length: number, seed: number) =>
  `${`Article ${seed} of the law on migration sets out the procedure. `.repeat(Math.ceil(length / 40)).slice(0, length - 1)}.`;

async function templateRows(page: Page): Promise<string[][]> {
  const template = parseCsvText((await download(page, 'Scoring template as CSV')).bytes.toString('utf8'));
  if (!template.ok) throw new Error('template did not parse');
  return template.rows.filter((row) => row.length > 1);
}

describe('the file worker', () => {
  it('imports an XLSX whose sheet unpacks to over 512 kB, and exports XLSX with 2,000-character justifications', async () => {
    const { page, errors } = await spreadsheetsPage();
    const rows = await templateRows(page);
    for (const [index, row] of rows.slice(1).entries()) row[col('justification')] = prose(8_000, index);
    const big = Buffer.from(await (await writeXlsx([{ name: 'Answers', rows }], false)).arrayBuffer());
    // The shared-strings entry alone is far above fflate's 512 kB synchronous limit.
    expect(rows.slice(1).length * 8_000).toBeGreaterThan(700_000);
    expect(await upload(page, 'long.xlsx', big, XLSX_TYPE)).toContain('Answers to change: 93.');
    await page.getByRole('button', { name: 'Discard this file' }).click();

    // Store 2,000-character justifications through a CSV import, then export them as XLSX.
    for (const [index, row] of rows.slice(1).entries()) row[col('justification')] = prose(2_000, index);
    expect(await upload(page, 'long.csv', toCsv(rows), 'text/csv')).toContain('Answers to change: 93.');
    for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click();
    await page.getByRole('button', { name: 'Import the changes (93)' }).click();
    await page.getByTestId('spreadsheet-import-status').filter({ hasText: 'Answers imported: 93.' }).waitFor();
    const xlsx = await download(page, 'Answers as Excel (XLSX)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const read = await readSpreadsheetFile({
      name: xlsx.name,
      size: xlsx.bytes.length,
      arrayBuffer: async () => new Uint8Array(xlsx.bytes).buffer,
    });
    if (!read.ok) throw new Error('the exported XLSX did not read back');
    const justifications = read.rows.slice(1).map((row) => row[col('justification')] ?? '');
    expect(justifications.filter((text) => text.length === 2_000)).toHaveLength(93);
    // Every download button is usable again.
    for (const button of await page.getByRole('button', { name: /as (CSV|Excel)/ }).all()) expect(await button.isEnabled()).toBe(true);
    errors.assertClean();
    await page.context().close();
  });

  it('cancels reading and writing: the worker stops, the user is told, nothing is stored', async () => {
    const { page, errors } = await spreadsheetsPage(true);
    const state = () => page.evaluate(() => (window as unknown as { fileWorkers: { held: unknown[]; terminated: number } }).fileWorkers);
    const before = await dumpStore(page);
    const rows = [[...SPREADSHEET_COLUMNS], ...Array.from({ length: 3 }, () => SPREADSHEET_COLUMNS.map(() => ''))];
    const file = Buffer.from(await (await writeXlsx([{ name: 'Answers', rows }], false)).arrayBuffer());

    await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'held.xlsx', mimeType: XLSX_TYPE, buffer: file });
    const progress = page.getByTestId('spreadsheet-import-progress');
    await progress.waitFor();
    await expect.poll(async () => (await state()).held.length).toBe(1);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByTestId('spreadsheet-import-status')
      .filter({ hasText: 'Cancelled. The file was not read into the app and nothing was changed.' })
      .waitFor();
    expect(await progress.count()).toBe(0);
    expect((await state()).terminated).toBe(1);

    await page.getByRole('button', { name: 'Answers as Excel (XLSX)' }).click();
    const writing = page.getByTestId('spreadsheet-export-progress');
    await expect.poll(async () => (await state()).held.length).toBe(2);
    await writing.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('spreadsheet-export-status').filter({ hasText: 'Cancelled. No file was made.' }).waitFor();
    expect((await state()).terminated).toBe(2);
    for (const button of await page.getByRole('button', { name: /as (CSV|Excel)/ }).all()) expect(await button.isEnabled()).toBe(true);

    expect(await dumpStore(page)).toEqual(before);
    errors.assertClean();
    await page.context().close();
  });
});
