import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(baseUrl());
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  return { page, errors };
}

describe('foundation in a real browser', () => {
  it('creates an assessment that is still there after a reload', async () => {
    const { page, errors } = await freshPage();
    await page.getByRole('combobox', { name: 'Country' }).selectOption('KE');
    await page.getByRole('spinbutton', { name: 'Year' }).fill('2026');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya' }).waitFor();
    expect(await page.locator('[data-indicator-id]').count()).toBe(93); // a new assessment starts on catalogue 1.1.0 (93 indicators)
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kenya' }).waitFor();
    await page.goto(baseUrl());
    const link = page.getByTestId('assessment-list').getByRole('link', { name: 'Kenya' });
    await link.waitFor();
    expect(await link.count()).toBe(1);
    errors.assertClean();
    await page.context().close();
  });

  it('asks for persistent storage and shows the answer', async () => {
    const { page } = await freshPage();
    const badge = page.getByTestId('storage-state');
    await badge.waitFor();
    expect(['persisted', 'best-effort']).toContain(await badge.getAttribute('data-state'));
    await page.context().close();
  });

  it('switches to Arabic: the page is right-to-left and stays so after a reload', async () => {
    const { page, errors } = await freshPage();
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'التقييمات' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    // The layout really mirrors: the create form sits to the left of the list in RTL.
    const listBox = await page.getByRole('heading', { level: 1 }).boundingBox();
    const formBox = await page.getByRole('heading', { name: 'تقييم جديد' }).boundingBox();
    expect(formBox!.x).toBeLessThan(listBox!.x);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'التقييمات' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    errors.assertClean();
    await page.context().close();
  });

  it('has no serious accessibility violations on the start screen and an assessment, in both languages', async () => {
    const { page, errors } = await freshPage();
    await page.getByRole('button', { name: 'Load demo assessment' }).click();
    await page.waitForURL(/#\/assessments\//);
    // The demo opens on its profile; the indicators are one link away.
    await page.getByRole('link', { name: 'Open the indicators in the workspace' }).click();
    await page.locator('[data-indicator-id]').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(baseUrl());
    await page.getByTestId('assessment-list').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'التقييمات' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });
});
