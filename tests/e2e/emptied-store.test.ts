import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';

/**
 * Issue 16, point 7: after site data is cleared the app no longer says only "No assessments yet".
 * A mark kept in localStorage remembers that this browser held assessments; only IndexedDB is
 * cleared here, as a cleaning tool or a storage eviction would.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function clearIndexedDbOnly(page: Page): Promise<void> {
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'indexeddb' });
  await cdp.detach();
}

describe('a first start with an empty store after earlier use', () => {
  it('says the data is gone and offers restoring from a backup, in English and Arabic; a new browser sees the plain empty list', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(baseUrl());
    await page.getByText('No assessments yet. Create one, or load the demo to see a complete profile.').waitFor();
    expect(await page.getByTestId('store-emptied').count()).toBe(0);

    await page.getByRole('button', { name: 'Load demo assessment' }).click();
    await page.waitForURL(/#\/assessments\/.+\/profile/);
    await page.goto(baseUrl());
    await page.getByTestId('assessment-list').waitFor();

    await clearIndexedDbOnly(page);
    await page.goto(baseUrl());
    const notice = page.getByTestId('store-emptied');
    await notice.getByText(/it held some before\. The browser's site data was probably cleared/).waitFor();
    expect(await page.getByText('No assessments yet.', { exact: false }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await notice.getByRole('link', { name: 'Restore from a backup file' }).click();
    await page.waitForURL(/#\/storage/);
    await page.getByLabel('Backup file (.json)').waitFor();

    await page.evaluate(() => localStorage.setItem('mgi-workbench:locale', 'ar'));
    await page.goto(baseUrl());
    await page.getByTestId('store-emptied').getByRole('link', { name: 'الاستعادة من ملف نسخة احتياطية' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    errors.assertClean();
    await context.close();
  });
});
