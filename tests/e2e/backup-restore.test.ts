import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { storeHash } from './support/store';

let browser: Browser;
const files = mkdtempSync(join(tmpdir(), 'mgi-backups-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What "Clear site data" does: every IndexedDB database, localStorage and cache of the origin, gone. */
async function clearSiteData(page: Page): Promise<void> {
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'all' });
  await cdp.detach();
}

describe('backup and restore in a real browser', () => {
  it('backs up everything with a passphrase; after clearing site data, the restore gives an identical store', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Load demo assessment' }).click();
    await page.waitForURL(/#\/assessments\/.+\/profile/);

    await page.goto(`${baseUrl()}#/storage`);
    await page.getByTestId('last-backup').getByText('Never').waitFor();
    await page.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill('ministry-2026');
    await page.getByLabel('Repeat the passphrase').fill('ministry-2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
    const path = join(files, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^mgi-backup-.*\.encrypted\.json$/);
    const header = JSON.parse(readFileSync(path, 'utf8')) as { encryption: { iterations: number; salt: string; iv: string } };
    expect(header.encryption.iterations).toBeGreaterThanOrEqual(310_000);
    expect(readFileSync(path, 'utf8')).not.toContain('Demoland');
    await page.getByTestId('backup-result').waitFor();
    await page.getByTestId('last-backup').filter({ hasNotText: 'Never' }).waitFor();
    const before = await storeHash(page);

    await clearSiteData(page);
    await page.goto(`${baseUrl()}#/storage`);
    await page.getByTestId('storage-health').waitFor();
    const empty = await storeHash(page);
    expect(empty).not.toBe(before);

    await page.getByLabel('Backup file (.json)').setInputFiles(path);
    await page.getByLabel('Passphrase of this backup').fill('wrong passphrase');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByTestId('restore-error').getByText('The passphrase is wrong, or the encrypted file is damaged.').waitFor();
    expect(await storeHash(page)).toBe(empty);

    await page.getByLabel('Passphrase of this backup').fill('ministry-2026');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page
      .getByTestId('restore-preview')
      .getByText(/2 assessments/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore now' }).click();
    await page.getByTestId('restore-result').waitFor();
    expect(await storeHash(page)).toBe(before);

    await page.goto(baseUrl());
    await page
      .getByTestId('assessment-list')
      .getByRole('link', { name: /Demoland/ })
      .first()
      .waitFor();
    errors.assertClean();
    await context.close();
  });

  it('shows storage health in Arabic, right to left, without serious accessibility problems', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/storage`);
    await page.getByTestId('storage-health').waitFor();
    expect(['persisted', 'best-effort', 'unsupported']).toContain(await page.getByTestId('persistence-state').getAttribute('data-state'));
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'التخزين والنسخ الاحتياطي والاستعادة' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
