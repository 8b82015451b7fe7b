import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './support/browser';

/**
 * No failure leaves a blank page: a screen whose code cannot be downloaded lands on the translated
 * error screen with what the user can do.
 * (React logs the caught error to the console, so these tests do not assert a clean console.)
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  // No service worker: it could answer the intercepted request from its cache.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(baseUrl());
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  return page;
}

describe('the error screen instead of a blank page', () => {
  it('shows what to do when a screen’s code cannot be downloaded, and the start screen still works', async () => {
    const page = await freshPage();
    await page.route(/\/assets\/assessment-page-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}#/assessments/some-id`);
    const screen = page.getByTestId('error-screen');
    await screen.waitFor();
    expect(await screen.getAttribute('data-kind')).toBe('chunk');
    expect(await screen.getByRole('heading', { level: 1 }).textContent()).toBe('Something went wrong on this screen');
    for (const name of ['Reload', 'Download a backup of what can still be read', 'Copy details'])
      await screen.getByRole('button', { name }).waitFor();
    // The header and navigation are still there; the start screen opens from the error screen.
    await screen.getByRole('link', { name: 'Go to the start screen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
    await page.context().close();
  });

  it('lands on the error screen, not an endless "Loading…", when the database is deleted under the running app', async () => {
    const page = await freshPage();
    await page.getByRole('button', { name: 'Load demo assessment' }).click();
    await page.waitForURL(/#\/assessments\/.+\/profile/);
    // What "clear site data" in the browser settings does to an open tab: the database goes away.
    const deleted = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('mgi-workbench');
          request.onsuccess = () => resolve('deleted');
          request.onblocked = () => resolve('blocked');
          request.onerror = () => resolve('failed');
        }),
    );
    expect(deleted).toBe('deleted');
    const screen = page.getByTestId('error-screen');
    await screen.waitFor();
    expect(await screen.getAttribute('data-kind')).toBe('storage');
    expect(await screen.textContent()).toContain('The data stored in this browser could not be read.');
    await screen.getByRole('button', { name: 'Reload' }).waitFor();
    // Going elsewhere cannot read anything either: still the error screen, never a blank page.
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await screen.waitFor();
    // A reload starts again with an empty store.
    await screen.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
    await page.context().close();
  });
});
