import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchProfile, watchForErrors } from './support/browser';
import { storedResponses } from './support/store';
import { openDetail } from './support/workspace';

/**
 * The promise: "a crash or reload mid-typing loses at most the last half second". One
 * persistent profile (a laptop's user-data dir), so a page opened after the crash reads the same
 * IndexedDB the crashed one wrote.
 */

let laptop: BrowserContext;
beforeAll(async () => {
  laptop = await launchProfile();
});
afterAll(async () => {
  await laptop?.close();
});

async function newAssessment(page: Page, year: string): Promise<string> {
  await page.goto(baseUrl());
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  await page.getByRole('combobox', { name: 'Country' }).selectOption('KE');
  await page.getByRole('spinbutton', { name: 'Year' }).fill(year);
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/?]+$/);
  await page.locator('[data-indicator-id]').nth(89).waitFor();
  return decodeURIComponent(page.url().split('#/assessments/')[1]!);
}

/** Types into the justification key by key, as a user does, and leaves the focus in the field. */
async function typeJustification(page: Page, indicatorId: string, text: string): Promise<void> {
  await openDetail(page, indicatorId);
  const field = page.getByTestId('indicator-detail').getByLabel('Justification: English');
  await field.click();
  await page.keyboard.press('Control+End');
  await field.pressSequentially(text);
  expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
}

/** Kills the renderer outright: no pagehide, no visibilitychange, no unload handlers run. */
async function crashRenderer(page: Page): Promise<void> {
  const cdp = await laptop.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** Opens the indicator in a fresh page of the same profile and checks the store, then the screen. */
async function expectJustificationAfterReopening(assessmentId: string, indicatorId: string, text: string): Promise<void> {
  const page = await laptop.newPage();
  await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(assessmentId)}?indicator=${indicatorId}`);
  const detail = page.getByTestId('indicator-detail');
  await detail.waitFor();
  // Polled: the text may come from the app's start-up replay of edits journaled before the crash.
  await expect.poll(async () => (await storedResponses(page, assessmentId))[indicatorId]?.justification).toBe(text);
  await expect.poll(() => detail.getByLabel('Justification: English').inputValue()).toBe(text);
  await page.close();
}

describe('typing survives a crash or a reload', () => {
  it('keeps what was typed 600 ms before the renderer crashed, with no chance to flush on the way out', async () => {
    const page = await laptop.newPage();
    const errors = watchForErrors(page);
    const assessmentId = await newAssessment(page, '2027');
    const text = 'Typed just before the power cut: Immigration Act s. 34';
    await typeJustification(page, 'D1.1.1', text);
    // The scenario itself is timed: the promise is about the last half second before a crash, so
    // the test waits just past it after the last keystroke, focus still in the field (no blur).
    await page.waitForTimeout(600);
    errors.assertClean();

    await crashRenderer(page);

    await expectJustificationAfterReopening(assessmentId, 'D1.1.1', text);
  });

  it('keeps both languages typed 600 ms before a crash, when the justification already has a translation', async () => {
    const page = await laptop.newPage();
    const errors = watchForErrors(page);
    const assessmentId = await newAssessment(page, '2029');
    await openDetail(page, 'D1.1.3');
    const detail = page.getByTestId('indicator-detail');
    await detail.getByLabel('Justification: English').fill('Residence Act');
    await detail.getByLabel('Justification: Arabic').fill('قانون الإقامة');
    await expect
      .poll(async () => (await storedResponses(page, assessmentId))['D1.1.3']?.justification, { timeout: 15_000 })
      .toBe('Residence Act');
    // Keys to the original (whose translation record now exists), then to the translation.
    await typeJustification(page, 'D1.1.3', ' of 2011');
    const arabic = detail.getByLabel('Justification: Arabic');
    await arabic.click();
    await page.keyboard.press('Control+End');
    await arabic.pressSequentially(' لعام 2011');
    await page.waitForTimeout(600);
    errors.assertClean();
    await crashRenderer(page);

    await expectJustificationAfterReopening(assessmentId, 'D1.1.3', 'Residence Act of 2011');
    const reopened = await laptop.newPage();
    await reopened.goto(`${baseUrl()}#/assessments/${encodeURIComponent(assessmentId)}?indicator=D1.1.3`);
    await expect
      .poll(() => reopened.getByTestId('indicator-detail').getByLabel('Justification: Arabic').inputValue(), { timeout: 15_000 })
      .toBe('قانون الإقامة لعام 2011');
    await reopened.close();
  });

  it('keeps what was typed right before the tab was closed', async () => {
    const page = await laptop.newPage();
    const errors = watchForErrors(page);
    const assessmentId = await newAssessment(page, '2030');
    const text = 'Typed, then the tab was closed at once';
    await typeJustification(page, 'D1.1.4', text);
    errors.assertClean();
    // No blur and no wait: the tab goes away with its last keys still in the 300 ms debounce.
    await page.close();
    await expectJustificationAfterReopening(assessmentId, 'D1.1.4', text);
  });

  it('keeps what was typed right before a reload or leaving for another site', async () => {
    const page = await laptop.newPage();
    const errors = watchForErrors(page);
    const assessmentId = await newAssessment(page, '2028');
    const text = 'Typed and reloaded at once';
    await typeJustification(page, 'D1.1.2', text);
    await page.reload();
    const detail = page.getByTestId('indicator-detail');
    await detail.waitFor();
    await expect.poll(async () => (await storedResponses(page, assessmentId))['D1.1.2']?.justification).toBe(text);
    await expect.poll(() => detail.getByLabel('Justification: English').inputValue()).toBe(text);
    errors.assertClean();

    // Leaving for another site (a real navigation, page torn down) keeps the last keystrokes too.
    const more = `${text}, then left for another site`;
    await typeJustification(page, 'D1.1.2', ', then left for another site');
    await page.goto('about:blank');
    await expectJustificationAfterReopening(assessmentId, 'D1.1.2', more);
    await page.close();
  });
});
