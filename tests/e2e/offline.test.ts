import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, watchForErrors } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline after the first visit', () => {
  it('loads the start screen, an assessment and its validation screen with the network off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Load demo assessment' }).click();
    await page.waitForURL(/#\/assessments\//);
    // The service worker has precached the whole app once it is active.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page
      .getByTestId('assessment-list')
      .getByRole('link', { name: /Demoland/ })
      .first()
      .click();
    await page.locator('[data-indicator-id]').first().waitFor();
    expect(await page.locator('[data-indicator-id]').count()).toBe(90);

    await page.reload();
    await page.locator('[data-indicator-id]').first().waitFor();
    const id = /#\/assessments\/([^/?]+)/.exec(page.url())![1]!;
    await page.goto(`${baseUrl()}#/assessments/${id}/validation`);
    await page.getByRole('heading', { level: 1, name: /Validation by the government/ }).waitFor();
    await page.goto(`${baseUrl()}#/assessments/${id}/spreadsheets`);
    await page.getByRole('button', { name: 'Answers as Excel (XLSX)' }).waitFor();
    errors.assertClean();
    await context.close();
  });
});
