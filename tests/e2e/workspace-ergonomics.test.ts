import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';
import type { Language } from './support/strings';
import { tr } from './support/strings';

/**
 * The workspace on a 1366 × 768 laptop and a 1920 × 1080 screen, in English and Arabic: the open
 * detail panel hides no table column, a skip link and the T key reach the table, the focused row
 * shows which digit picks which answer; and meeting dates are typed and read day/month/year.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ASSESSMENT = 'demo-demoland-round-2';
const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

async function demoPage(
  language: Language,
  width: number,
  height: number,
): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript((locale) => localStorage.setItem('mgi-workbench:locale', locale), language);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${baseUrl()}#/demo`);
  await page.waitForURL(/#\/assessments\//);
  return { page, errors };
}

/** Each column header against the table's visible box: the ones a reader cannot see without scrolling sideways. */
async function hiddenColumns(page: Page): Promise<{ hidden: string[]; sideways: boolean; overlapsDetail: boolean; columns: number }> {
  return page.evaluate(() => {
    const scroll = document.querySelector('.indicator-table__scroll')!;
    const box = scroll.getBoundingClientRect();
    const headers = [...document.querySelectorAll('.indicator-table thead th')];
    const hidden = headers
      .filter((th) => {
        const r = th.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      })
      .map((th) => th.textContent ?? '');
    const detail = document.querySelector('[data-testid="indicator-detail"]')?.getBoundingClientRect();
    const overlapsDetail = Boolean(
      detail && detail.left < box.right - 1 && detail.right > box.left + 1 && detail.top < box.bottom && detail.bottom > box.top,
    );
    return { hidden, sideways: scroll.scrollWidth > scroll.clientWidth + 1, overlapsDetail, columns: headers.length };
  });
}

describe.each(['en', 'ar'] as const)('workspace ergonomics (%s)', (language) => {
  it.each(SIZES)('keeps every column visible beside the open detail panel at %i × %i', async (width, height) => {
    const { page, errors } = await demoPage(language, width, height);
    await page.goto(`${baseUrl()}#/assessments/${ASSESSMENT}?indicator=D1.1.1`);
    await page.getByTestId('indicator-detail').waitFor();
    await page.locator('[data-indicator-id="D1.1.1"]').waitFor();
    expect(await hiddenColumns(page)).toEqual({ hidden: [], sideways: false, overlapsDetail: false, columns: 8 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it('reaches the table by the skip link and by T, and the focused row shows each answer key', async () => {
    const { page, errors } = await demoPage(language, 1366, 768);
    await page.goto(`${baseUrl()}#/assessments/${ASSESSMENT}`);
    await page.locator('[data-indicator-id]').first().waitFor();
    // Second stop from the top of the page: the skip link to the table.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(tr(language, 'common:skipToTable'));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-indicator-id'))).toBe('D1.1.1');

    const row = page.locator('[data-indicator-id="D1.1.2"]');
    await page.keyboard.press('j');
    const keys = row.getByTestId('answer-keys');
    await keys.waitFor({ state: 'visible' });
    const text = (await keys.textContent()) ?? '';
    const options = await page.evaluate(() =>
      [...document.querySelectorAll('[data-indicator-id="D1.1.2"] .answer-keys__key')].map((k) => k.textContent),
    );
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.map((option) => option?.slice(0, 2).trim())).toEqual([...options.slice(0, -1).map((_, i) => String(i + 1)), '0']);
    expect(text).toContain(tr(language, 'scoring:table.clearKey'));
    // Only the focused row shows them.
    expect(await page.locator('[data-indicator-id="D1.1.1"]').getByTestId('answer-keys').isVisible()).toBe(false);

    // From anywhere outside a field, T goes back to the table's current row.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('t');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-indicator-id'))).toBe('D1.1.2');
    // … but in a text field T is a letter.
    const search = page.getByRole('searchbox').first();
    await search.click();
    await page.keyboard.press('t');
    expect(await search.inputValue()).toBe('t');
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it('takes meeting dates day/month/year, spells them out, refuses impossible ones, and keeps several meetings', async () => {
    const { page, errors } = await demoPage(language, 1366, 768);
    await page.goto(`${baseUrl()}#/assessments/${ASSESSMENT}/validation`);
    const form = page.getByTestId('meeting-form').first();
    const date = form.getByLabel(tr(language, 'validation:meeting.date'));
    await date.fill('31/02/2026');
    await form.getByLabel(tr(language, 'validation:meeting.place'), { exact: true }).fill(language === 'ar' ? 'أربيل' : 'Erbil');
    await form.getByLabel(tr(language, 'validation:meeting.ministry', { number: '1' })).fill('Ministry of Interior');
    await form.getByRole('button', { name: tr(language, 'validation:meeting.save') }).click();
    await form.getByText(tr(language, 'validation:issues.invalid-date')).waitFor();

    await date.fill('04/10/2026');
    // 4 October, not 10 April: the field says so in words before anything is saved.
    const reading = (await form.getByTestId('date-reading').textContent()) ?? '';
    expect(reading).toMatch(language === 'ar' ? /أكتوبر|تشرين/ : /October/);
    expect(reading).not.toMatch(/April|أبريل|نيسان/);
    await form.getByRole('button', { name: tr(language, 'validation:meeting.save') }).click();
    await expect.poll(async () => meetingsOf(page)).toEqual([['2026-10-04', language === 'ar' ? 'أربيل' : 'Erbil']]);
    // The saved date comes back in the same order.
    expect(await page.getByTestId('meeting-form').first().getByLabel(tr(language, 'validation:meeting.date')).inputValue()).toBe(
      '04/10/2026',
    );

    await page.getByTestId('add-meeting').click();
    const second = page.getByTestId('meeting-form').nth(1);
    await second.getByLabel(tr(language, 'validation:meeting.date')).fill('٠٥/١٠/٢٠٢٦');
    await second.getByLabel(tr(language, 'validation:meeting.place'), { exact: true }).fill('Duhok');
    await second.getByLabel(tr(language, 'validation:meeting.format')).selectOption('online');
    await second.getByLabel(tr(language, 'validation:meeting.ministry', { number: '1' })).fill('Regional Ministry of Labour');
    await second.getByRole('button', { name: tr(language, 'validation:meeting.save') }).click();
    await expect
      .poll(async () => meetingsOf(page))
      .toEqual([
        ['2026-10-04', language === 'ar' ? 'أربيل' : 'Erbil'],
        ['2026-10-05', 'Duhok'],
      ]);
    await page.getByRole('heading', { level: 2, name: tr(language, 'validation:meeting.headingNumbered', { number: '2' }) }).waitFor();
    expect(await page.getByTestId('validation-status').locator('..').textContent()).toContain(
      tr(language, 'validation:meeting.summaryMore_one', { formatted: '1' }),
    );
    // The history names the meeting by its date in words, never as 2026-10-05.
    const history = (await page.getByTestId('validation-history').textContent()) ?? '';
    expect(history).toContain('Duhok');
    expect(history).not.toContain('2026-10-05');
    expect(history).toMatch(language === 'ar' ? /أكتوبر|تشرين/ : /October/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });
});

async function meetingsOf(page: Page): Promise<[string, string][]> {
  const assessment = (
    (await dumpStore(page)).assessments as {
      id: string;
      validation?: { meeting: { date: string; place: string } | null; moreMeetings?: { date: string; place: string }[] };
    }[]
  ).find((a) => a.id === ASSESSMENT);
  const record = assessment?.validation;
  if (!record?.meeting) return [];
  return [record.meeting, ...(record.moreMeetings ?? [])].map((m) => [m.date, m.place]);
}
