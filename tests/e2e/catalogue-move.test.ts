import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';

/** Moving the demo from catalogue 1.0.0 to 1.1.0 from the scoring workspace, in English and Arabic. */
const FOLLOW_UP = 'demo-demoland-round-2';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDemoWorkspace(locale: 'en' | 'ar'): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${baseUrl()}#/demo`);
  await page.locator('[data-testid="chart-domains"] .recharts-wrapper > svg').waitFor();
  if (locale === 'ar') await page.getByTestId('language-select').selectOption('ar');
  await page.goto(`${baseUrl()}#/assessments/${FOLLOW_UP}`);
  await page.getByTestId('indicator-table').waitFor();
  return { page, errors };
}

describe('moving an assessment to catalogue 1.1.0', () => {
  it('previews the move, moves, shows the earlier answer as context, and undoes it (English)', async () => {
    const { page, errors } = await openDemoWorkspace('en');
    expect(await page.locator('[data-indicator-id]').count()).toBe(90);
    const offer = page.getByTestId('move-offer');
    expect(await offer.textContent()).toContain('A newer release, 1.1.0, is available');
    await offer.getByRole('button', { name: 'Preview the move to 1.1.0' }).click();
    const preview = page.getByTestId('move-preview');
    await preview.waitFor();
    const split = preview.locator('[data-move-indicator="D2.2.5"]');
    expect(await split.textContent()).toContain('split from D2.2.4');
    expect(await split.textContent()).toContain('Earlier answer to D2.2.4 (1.0.0)');
    expect(await preview.locator('[data-move-indicator="D1.3.2"]').textContent()).toContain('new answer scale');
    // Glossary tooltips: reachable by keyboard, read as the button's description.
    const term = preview.locator('[data-glossary-term="governorate"]');
    await term.focus();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('المقاطعة');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await preview.getByRole('button', { name: 'Move to 1.1.0' }).click();
    await page.getByTestId('move-done').waitFor();
    await expect.poll(() => page.locator('[data-indicator-id]').count()).toBe(93);
    // The split part starts unanswered, with the whole question's answer beside it as context.
    await page.locator('[data-indicator-id="D2.2.5"]').click();
    await page.keyboard.press('Enter');
    const context = page.getByTestId('move-context');
    await context.waitFor();
    expect(await context.textContent()).toContain('this was part of D2.2.4');

    await page.getByTestId('move-done').getByRole('button', { name: 'Undo the move (back to 1.0.0)' }).click();
    await page.getByTestId('move-offer').waitFor();
    await expect.poll(() => page.locator('[data-indicator-id]').count()).toBe(90);
    errors.assertClean();
    await page.context().close();
  }, 120_000);

  it('shows the preview right to left in Arabic, without serious accessibility problems', async () => {
    const { page, errors } = await openDemoWorkspace('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const offer = page.getByTestId('move-offer');
    await offer.getByRole('button', { name: 'معاينة الانتقال إلى 1.1.0' }).click();
    const preview = page.getByTestId('move-preview');
    await preview.waitFor();
    expect(await preview.locator('[data-move-indicator="D2.2.5"]').textContent()).toContain('مقسوم من D2.2.4');
    expect(await preview.textContent()).toContain('الإجابة السابقة عن D2.2.4');
    expect(await preview.getByRole('button', { name: 'الانتقال إلى 1.1.0' }).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  }, 120_000);
});
