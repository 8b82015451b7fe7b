import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingContext, baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newAssessmentPage(page: Page): Promise<string> {
  await page.goto(baseUrl());
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  await page.getByRole('combobox', { name: 'Country' }).selectOption('KE');
  await page.getByRole('spinbutton', { name: 'Year' }).fill('2026');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kenya' }).waitFor();
  await page.locator('[data-indicator-id]').nth(89).waitFor();
  return page.url();
}

async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

const row = (page: Page, id: string) => page.locator(`[data-indicator-id="${id}"]`);

describe('scoring workspace in a real browser', () => {
  it('scores by keyboard, adds a source and a comment, and after a reload everything is there with its history', async () => {
    const context = await askingContext(browser);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await newAssessmentPage(page);

    // Nobody is assumed: the app asks who is working before the first change.
    const prompt = page.getByTestId('who-is-working-prompt');
    await prompt.getByRole('button', { name: "Add the working group's members first" }).click();
    const members = page.getByTestId('members-panel');
    await members.getByLabel('Name').fill('Amina Otieno');
    await members.getByLabel('Institution').fill('State Department for Immigration');
    await members.getByRole('button', { name: 'Add member' }).click();
    await members.getByRole('rowheader', { name: 'Amina Otieno' }).waitFor();
    expect(await page.getByTestId('member-picker').inputValue()).toBe('');
    await prompt.getByRole('button', { name: 'Amina Otieno — State Department for Immigration' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await page.getByTestId('member-picker').inputValue()).not.toBe('');

    const ids = await page
      .locator('[data-indicator-id]')
      .evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-indicator-id')!));
    await row(page, ids[0]!).focus();
    await page.keyboard.press('1');
    await page.keyboard.press('j');
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('3');
    await waitSaved(page);
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('indicator-detail');
    await detail.waitFor();
    expect(await detail.getByRole('radio', { checked: true }).count()).toBe(1);

    await detail.getByLabel('Justification: English').fill('The Kenya Citizenship and Immigration Act 2011 does not cover this.');
    await detail.getByRole('button', { name: 'Add a source' }).click();
    await detail.getByLabel('Title: English').fill('Kenya Citizenship and Immigration Act');
    await detail.getByLabel('Article or section: English').fill('Section 34');
    await detail.getByLabel('Date', { exact: true }).fill('2011-08-30');
    await detail.getByLabel('Link (URL)').fill('https://kenyalaw.org/act/2011/12');
    await detail.getByRole('button', { name: 'Add source' }).click();
    await detail.getByTestId('source-list').locator('strong', { hasText: 'Kenya Citizenship and Immigration Act' }).waitFor();
    await detail.getByLabel('New comment').fill('Check the 2024 amendment before we agree.');
    await detail.getByRole('button', { name: 'Post comment' }).click();
    await detail.getByTestId('comments').getByText('Check the 2024 amendment before we agree.').waitFor();
    await waitSaved(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kenya' }).waitFor();
    const reloaded = page.getByTestId('indicator-detail');
    await reloaded.waitFor();
    expect(await reloaded.getByRole('heading', { level: 2 }).textContent()).toContain(ids[2]);
    expect(await reloaded.getByLabel('Justification: English').inputValue()).toContain('Citizenship and Immigration Act 2011');
    await reloaded.getByTestId('source-list').getByText('Section 34').waitFor();
    await reloaded.getByTestId('comments').getByText('Check the 2024 amendment before we agree.').waitFor();
    const history = reloaded.getByTestId('history-list');
    await history.getByText(/Amina Otieno added the source “Kenya Citizenship and Immigration Act”/).waitFor();
    const sentences = (await history.textContent()) ?? '';
    for (const phrase of [
      'Amina Otieno set the answer of',
      'Amina Otieno set the justification of',
      'Amina Otieno commented on',
      'the status of',
    ])
      expect(sentences).toContain(phrase);
    // Sentences, never internal keys.
    for (const key of ['source.added', 'comment.added', 'memberAnswers.', 'notApplicable']) expect(sentences).not.toContain(key);
    for (const id of ids) expect(await row(page, id!).locator('.answer-chip--not-scored').count()).toBe(0);
    errors.assertClean();
    await context.close();
  });

  it('two pages on the same assessment edit different fields and both changes survive', async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    const errors = watchForErrors(first);
    const url = await newAssessmentPage(first);
    const id = await first.locator('[data-indicator-id]').first().getAttribute('data-indicator-id');
    const second = await context.newPage();
    const withDetail = `${url}${url.includes('?') ? '&' : '?'}indicator=${id}`;
    await first.goto(withDetail);
    await second.goto(withDetail);
    const a = first.getByTestId('indicator-detail');
    const b = second.getByTestId('indicator-detail');
    await a.waitFor();
    await b.waitFor();

    await a.getByLabel('Justification: English').fill('Written in the first window');
    await b.getByLabel('Confidence').selectOption('high');
    await a.getByLabel('Justification: English').blur();
    await waitSaved(first);
    await waitSaved(second);
    // Each page sees the other's change live, without a reload.
    await expect.poll(() => second.getByLabel('Justification: English').inputValue()).toBe('Written in the first window');
    await expect.poll(() => a.getByLabel('Confidence').inputValue()).toBe('high');

    await first.reload();
    const again = first.getByTestId('indicator-detail');
    await again.waitFor();
    expect(await again.getByLabel('Justification: English').inputValue()).toBe('Written in the first window');
    expect(await again.getByLabel('Confidence').inputValue()).toBe('high');
    errors.assertClean();
    await context.close();
  });

  it('works in Arabic: right-to-left table and detail, keyboard scoring, and no serious accessibility violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const url = await newAssessmentPage(page);
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}indicator=D2.2.1`);
    await page.getByTestId('indicator-detail').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('columnheader', { name: 'المؤشر' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const detail = page.getByTestId('indicator-detail');
    await detail.getByText('التبرير', { exact: true }).waitFor();
    await row(page, 'D1.1.1').focus();
    await page.keyboard.press('1');
    await waitSaved(page);
    expect(await page.getByTestId('save-state').textContent()).toBe('حُفظت كل التغييرات');
    expect(await row(page, 'D1.1.1').locator('.answer-chip--not-scored').count()).toBe(0);
    // The detail sits to the left of the table in RTL.
    const tableBox = await page.getByTestId('indicator-table').boundingBox();
    const detailBox = await detail.boundingBox();
    expect(detailBox!.x).toBeLessThan(tableBox!.x);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The working group and room mode are translated too, and just as accessible.
    await page.getByTestId('members-panel').getByRole('heading', { name: 'فريق العمل' }).waitFor();
    await page.getByRole('button', { name: 'وضع الاجتماع' }).click();
    const room = page.getByTestId('room-mode');
    await room.getByText(/^المؤشر .+ من /).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await room.getByRole('button', { name: 'الخروج من وضع الاجتماع' }).click();
    await page.getByTestId('indicator-detail').getByText('التبرير', { exact: true }).waitFor();
    errors.assertClean();
    await context.close();
  });

  it('room mode shows one indicator at a time and records the agreed answer', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await newAssessmentPage(page);
    await page.getByRole('button', { name: 'Room mode' }).click();
    const room = page.getByTestId('room-mode');
    await room.waitFor();
    await room.getByText('Indicator 1 of 93').waitFor();
    await room.getByRole('button', { name: 'Next' }).click();
    await room.getByText('Indicator 2 of 93').waitFor();
    const option = room.getByRole('group').getByRole('button').first();
    await option.click();
    await expect.poll(() => option.getAttribute('aria-pressed')).toBe('true');
    await waitSaved(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await room.getByRole('button', { name: 'Leave room mode' }).click();
    const detail = page.getByTestId('indicator-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('status-select').inputValue()).toBe('agreed');
    errors.assertClean();
    await context.close();
  });

  it('is read-only with a note on a published assessment', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/demo`);
    await page.waitForURL(/profile/);
    await page.goto(`${baseUrl()}#/assessments/demo-demoland-round-1?indicator=D1.1.1`);
    await page.getByTestId('lock-note').waitFor();
    expect(await page.getByTestId('indicator-detail').getByLabel('Justification: English').isEditable()).toBe(false);
    const sections = page.getByRole('navigation', { name: 'Assessment sections' });
    expect(await sections.getByRole('link', { name: 'Profile' }).getAttribute('href')).toBe('#/assessments/demo-demoland-round-1/profile');
    await context.close();
  });
});
