import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, pdfText } from '../unit/report-fixtures';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { answerWhoIsWorking, openDetail } from './support/workspace';
import { storedResponses } from './support/store';

/**
 * Issue 10: a working group writes only in Arabic, exports the English PDF, sees the marks and
 * the count, translates everything through the translation view, and exports a clean English PDF.
 */

const dir = mkdtempSync(join(tmpdir(), 'mgi-translation-e2e-'));
const JUSTIFICATION = 'ينظم قانون الإقامة رقم 76 لسنة 2017 دخول الأجانب وإقامتهم.';
const SOURCE = 'قانون الإقامة رقم 76 لسنة 2017';
const MARK = '[Not yet translated]';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const saved = (page: Page) =>
  page.locator('[data-testid="save-state"][data-state="saved"], [data-testid="save-status"][data-state="saved"]').first().waitFor();

async function exportEnglish(page: Page, id: string, file: string): Promise<{ count: number; text: string }> {
  await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/report`);
  await page.getByRole('radio', { name: 'English' }).check();
  const note = page.getByTestId('untranslated-count');
  await note.waitFor();
  const count = Number(await note.getAttribute('data-count'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
  const path = join(dir, file);
  await download.saveAs(path);
  await page
    .getByTestId('export-status')
    .getByText(/PDF ready/)
    .waitFor();
  return { count, text: pdfText(path) };
}

describe('translating what a working group wrote in Arabic', () => {
  it('marks and counts the untranslated texts in the English PDF, lists them, and exports clean once translated', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(baseUrl());
    await page.getByRole('combobox', { name: 'Country' }).selectOption('IQ');
    await page.getByRole('spinbutton', { name: 'Year' }).fill('2026');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.locator('[data-indicator-id]').nth(89).waitFor();
    const id = decodeURIComponent(/#\/assessments\/([^/?]+)/.exec(page.url())![1]!);

    // The group answers one indicator and writes its justification and source in Arabic only.
    await page.locator('[data-indicator-id="D1.1.1"]').focus();
    await page.keyboard.press('1');
    await answerWhoIsWorking(page);
    await saved(page);
    await openDetail(page, 'D1.1.1');
    const detail = page.getByTestId('indicator-detail');
    await detail.getByLabel('Justification: Arabic').fill(JUSTIFICATION);
    await detail.getByLabel('Justification: Arabic').blur();
    await expect.poll(async () => (await storedResponses(page, id))['D1.1.1']?.justification, { timeout: 15_000 }).toBe(JUSTIFICATION);
    await detail.getByRole('button', { name: 'Add a source' }).click();
    await detail.getByLabel('Title: Arabic').fill(SOURCE);
    await detail.getByRole('button', { name: 'Add source' }).click();
    await detail.getByTestId('source-list').locator('strong', { hasText: SOURCE }).waitFor();
    await saved(page);

    // The English PDF prints the Arabic originals, each marked, and says how many on the cover.
    const before = await exportEnglish(page, id, 'before-en.pdf');
    expect(before.count).toBeGreaterThanOrEqual(3); // a finding, the key source, the justification
    expect(flat(before.text)).toContain(`${before.count} passages are not yet translated into English`);
    expect(flat(before.text).split(MARK).length - 1).toBeGreaterThanOrEqual(before.count);
    // pdftotext gives Arabic in visual order with numbers apart: look for the words only.
    expect(flat(before.text)).toContain('قانون الإقامة');

    // The translation view lists them per section; each link opens its editor with the English side focused.
    await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/translation`);
    const total = page.getByTestId('translation-total');
    await total.waitFor();
    expect(Number(await total.getAttribute('data-count'))).toBe(before.count);
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (let round = 1; round <= before.count + 2; round += 1) {
      await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/translation`);
      await total.waitFor();
      const remaining = Number(await total.getAttribute('data-count'));
      if (remaining === 0) break;
      await page.locator('.translation-places a').first().click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('lang')), { timeout: 15_000 }).toBe('en');
      await page.keyboard.type(`English translation ${round}`);
      const editor = page.locator('fieldset.bilingual-editor', { has: page.locator(':focus') });
      await editor.getByRole('checkbox', { name: 'English translation checked' }).check();
      const form = page.locator('form.source-form', { has: editor });
      if ((await form.count()) > 0) await form.getByRole('button', { name: 'Save' }).click();
      await saved(page);
      await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/translation`);
      await expect.poll(async () => Number(await total.getAttribute('data-count')), { timeout: 15_000 }).toBeLessThan(remaining);
    }
    await page.getByText('Every printed text is ready in both languages.').waitFor();

    // Exported again: no marks, no Arabic, the translations in their place.
    const after = await exportEnglish(page, id, 'after-en.pdf');
    expect(after.count).toBe(0);
    expect(flat(after.text)).not.toContain(MARK);
    expect(after.text.split(/\s+/).filter((word) => /[\u0600-\u06FF]/.test(word))).toEqual([]);
    expect(flat(after.text)).toContain('English translation 1');
    errors.assertClean();
    await context.close();
  }, 600_000);
});
