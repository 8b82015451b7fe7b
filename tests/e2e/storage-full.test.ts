import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, watchForErrors } from './support/browser';
import { storedResponses } from './support/store';
import { tr } from './support/strings';
import { screenshotIfAsked } from './support/screenshot';
import { openDetail, waitSaved } from './support/workspace';

/**
 * Issue 16, point 6: nothing typed is lost when storage is full. The page's IndexedDB writes are
 * made to fail with QuotaExceededError (as a full disk makes them) through a switch installed
 * before the app loads; typing goes on, then the switch is turned off as if space were freed.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** While window.diskFull is true, every put and add on an object store throws QuotaExceededError. */
function installFullDiskSwitch() {
  const state = window as unknown as { diskFull: boolean; refusedWrites: number };
  state.diskFull = false;
  state.refusedWrites = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if (state.diskFull) {
        state.refusedWrites += 1;
        throw new DOMException('The disk is full (test switch)', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  }
}

const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { diskFull: boolean }).diskFull = value;
  }, full);

const journal = (page: Page) => page.evaluate(() => localStorage.getItem('mgi-workbench:unsaved-edits') ?? '');

describe('typing when storage is full', () => {
  it('keeps the text in the field and the journal, says how to free space (EN/AR), and saves it once space is back', async () => {
    const context = await browser.newContext();
    await context.addInitScript(installFullDiskSwitch);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(baseUrl());
    await page.getByRole('combobox', { name: 'Country' }).selectOption('KE');
    await page.getByRole('spinbutton', { name: 'Year' }).fill('2027');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.waitForURL(/#\/assessments\/[^/?]+$/);
    const id = decodeURIComponent(page.url().split('#/assessments/')[1]!);
    await page.locator('[data-indicator-id]').nth(89).waitFor();

    await openDetail(page, 'D1.1.1');
    const field = page.getByTestId('indicator-detail').getByLabel('Justification: English');
    await field.click();
    await field.pressSequentially('Residence Act 2017.');
    await waitSaved(page);

    await setDiskFull(page, true);
    const typedWhileFull = ' Typed while the disk was full: section 12 covers clinics.';
    await field.pressSequentially(typedWhileFull);
    const whole = `Residence Act 2017.${typedWhileFull}`;
    await page.locator('[data-testid="save-state"][data-state="full"]').waitFor();
    const banner = page.getByTestId('storage-full');
    expect(await banner.textContent()).toBe(tr('en', 'edit:full.message'));
    expect(await banner.textContent()).toMatch(/To free space: on the Storage page download a backup/);
    await screenshotIfAsked(page, 'storage-full-en');
    expect(await page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites)).toBeGreaterThan(0);
    // The text stays in the field and in the journal; the store still holds the earlier text.
    expect(await field.inputValue()).toBe(whole);
    expect(await journal(page)).toContain(typedWhileFull.trim());
    expect((await storedResponses(page, id))['D1.1.1']?.justification).toBe('Residence Act 2017.');
    // The notice in view says the same, once, though the write is retried and fails again.
    const notices = page.getByTestId('notice');
    await notices.filter({ hasText: tr('en', 'edit:full.message') }).waitFor();
    const refused = await page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites);
    await page.waitForFunction((before) => (window as unknown as { refusedWrites: number }).refusedWrites > before, refused);
    expect(await notices.filter({ hasText: /storage/ }).count()).toBe(1);
    expect(await notices.filter({ hasText: 'Nothing was saved' }).count()).toBe(0);

    // The same message in Arabic, while the text still waits.
    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    await banner.filter({ hasText: tr('ar', 'edit:full.message') }).waitFor();
    await screenshotIfAsked(page, 'storage-full-ar');
    expect(await journal(page)).toContain(typedWhileFull.trim());
    await page.getByTestId('language-select').selectOption('en');
    await page.locator('html[dir="ltr"]').waitFor();

    // Space is back: the waiting write goes through by itself (its retry timer, or focus coming back).
    await setDiskFull(page, false);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await waitSaved(page);
    await banner.waitFor({ state: 'detached' });
    // The notice about the full disk is taken back, and the user is told the waiting text is stored.
    await notices.filter({ hasText: tr('en', 'edit:full.resolved') }).waitFor();
    expect(await notices.filter({ hasText: tr('en', 'edit:full.message') }).count()).toBe(0);
    expect((await storedResponses(page, id))['D1.1.1']?.justification).toBe(whole);
    expect(await journal(page)).not.toContain(typedWhileFull.trim());

    await page.reload();
    await page.getByTestId('indicator-detail').waitFor();
    await expect.poll(() => page.getByTestId('indicator-detail').getByLabel('Justification: English').inputValue()).toBe(whole);
    expect((await storedResponses(page, id))['D1.1.1']?.justification).toBe(whole);
    errors.assertClean();
    await context.close();
  });
});
