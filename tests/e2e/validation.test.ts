import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';

async function statusCounts(page: Page): Promise<Record<string, number>> {
  const rows = (await dumpStore(page)).responses as { assessmentId: string; status: string }[];
  const counts: Record<string, number> = {};
  for (const row of rows.filter((r) => r.assessmentId === FOLLOW_UP)) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return counts;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FOLLOW_UP = 'demo-demoland-round-2';

async function demoValidationPage(): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const page = await (await browser.newContext()).newPage();
  const errors = watchForErrors(page);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: 'Load demo assessment' }).click();
  await page.waitForURL(/#\/assessments\//);
  await page.goto(`${baseUrl()}#/assessments/${FOLLOW_UP}/validation`);
  await page.getByRole('heading', { level: 1, name: /Validation by the government/ }).waitFor();
  return { page, errors };
}

describe('validation by the government', () => {
  it('validates domain by domain, locks, refuses imports while locked, and reopens only with a reason kept in history', async () => {
    const { page, errors } = await demoValidationPage();
    const status = page.getByTestId('validation-status');
    expect(await status.getAttribute('data-locked')).toBe('false');

    // Locking is refused until the meeting and every domain are recorded.
    const lockButton = page.getByRole('button', { name: 'Lock the assessment as validated' });
    expect(await lockButton.isDisabled()).toBe(true);
    expect(await page.getByTestId('lock-blockers').textContent()).toContain('Record the validation meeting first.');

    // The meeting: a future date is refused with a message on the field.
    await page.getByLabel('Date of the meeting').fill('2099-01-01');
    await page.getByLabel('Place', { exact: true }).fill('Ministry of Interior, Demo City');
    await page.getByLabel('Ministry or institution 1').fill('Ministry of Interior');
    await page.getByLabel('Official (name and title) 1').fill('Director of Migration Affairs');
    await page.getByRole('button', { name: 'Add a ministry' }).click();
    await page.getByLabel('Ministry or institution 2').fill('Ministry of Labour');
    await page.getByRole('button', { name: 'Save meeting details' }).click();
    await page.getByText('The meeting date cannot be in the future.').waitFor();
    await page.getByLabel('Date of the meeting').fill('2026-10-14');
    await page.getByRole('button', { name: 'Save meeting details' }).click();
    await page.getByText(/Ministries or institutions present: 2/).waitFor();

    // One decision per domain; the first with reservations, whose text is required.
    const forms = page.locator('form[data-domain-id]');
    const count = await forms.count();
    expect(count).toBe(6);
    for (let index = 0; index < count; index += 1) {
      const form = forms.nth(index);
      const domainId = (await form.getAttribute('data-domain-id'))!;
      if (index === 0) {
        await form.getByRole('radio', { name: 'Validated with reservations' }).check();
        await form.getByRole('button', { name: /Record decision/ }).click();
        await form.getByText('Write the reservations').waitFor();
        await form.getByLabel('Reservations', { exact: true }).fill('The labour migration figures date from 2024.');
      }
      await form.getByRole('button', { name: /Record decision/ }).click();
      await page.getByTestId(`decision-state-${domainId}`).filter({ hasText: /^Validated/ }).waitFor();
    }
    expect(await seriousAxeViolations(page)).toEqual([]);

    const agreedBefore = (await statusCounts(page)).agreed ?? 0;
    expect(agreedBefore).toBeGreaterThan(0);
    await lockButton.click();
    await page.locator('[data-testid="validation-status"][data-locked="true"]').waitFor();
    expect(await statusCounts(page)).toMatchObject({ validated: agreedBefore });
    expect((await statusCounts(page)).agreed).toBeUndefined();
    expect(await status.textContent()).toMatch(/Locked as validated on/);
    expect(await page.getByText('The labour migration figures date from 2024.').count()).toBeGreaterThan(0);

    // While locked, the spreadsheet import refuses to start.
    await page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name: 'Spreadsheets' }).click();
    await page.getByText('This assessment is locked as validated').waitFor();
    expect(await page.getByLabel('Spreadsheet file').count()).toBe(0);
    await page.getByRole('link', { name: 'Validation' }).click();

    // Reopening needs a reason; the reason lands in the history with the phase change.
    await page.getByRole('button', { name: 'Reopen the assessment' }).click();
    await page.getByText('Give the reason for reopening.').waitFor();
    expect(await status.getAttribute('data-locked')).toBe('true');
    await page.getByLabel('Reason for reopening').fill('The Ministry of Labour sent corrected 2025 figures.');
    await page.getByRole('button', { name: 'Reopen the assessment' }).click();
    await page.locator('[data-testid="validation-status"][data-locked="false"]').waitFor();
    expect(await statusCounts(page)).toMatchObject({ agreed: agreedBefore });
    expect((await statusCounts(page)).validated).toBeUndefined();
    const history = page.getByTestId('validation-history');
    const reopenRow = history.getByRole('row').filter({ hasText: 'Phase changed from Validated to Inter-ministerial consultation' });
    expect(await reopenRow.textContent()).toContain('The Ministry of Labour sent corrected 2025 figures.');
    expect(await history.getByRole('row').filter({ hasText: 'Domain decisions withdrawn: 6' }).textContent()).toContain('corrected 2025 figures');
    expect(await history.getByRole('row').filter({ hasText: 'Phase changed from Inter-ministerial consultation to Validated' }).count()).toBe(1);
    expect(await page.getByText('Open: 0 of 6 domains decided.').count()).toBe(1);

    // The lock and the reopening survive a reload: they are stored, not screen state.
    await page.reload();
    await page.getByTestId('validation-history').waitFor();
    expect(await page.getByTestId('validation-history').getByRole('row').filter({ hasText: 'corrected 2025 figures' }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it('shows the validation screen in Arabic, right to left, with no serious accessibility problems', async () => {
    const { page, errors } = await demoValidationPage();
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: /المصادقة الحكومية/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });
});
