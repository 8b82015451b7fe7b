import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, watchForErrors } from './support/browser';
import { storedResponses } from './support/store';
import { openDetail, waitSaved } from './support/workspace';

/**
 * The edit session's promises, as a working-group member meets them (issue 13): text typed into any
 * field survives a reload 300 ms after the last key; undo only ever touches the assessment in
 * front of the user; Ctrl+Z and Ctrl+Shift+Z work outside text fields, show the restored text, and
 * still work after a reload.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newAssessment(page: Page, country: string, year: string): Promise<string> {
  await page.goto(baseUrl());
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  await page.getByRole('combobox', { name: 'Country' }).selectOption(country);
  await page.getByRole('spinbutton', { name: 'Year' }).fill(year);
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/?]+$/);
  await page.locator('[data-indicator-id]').nth(89).waitFor();
  return decodeURIComponent(page.url().split('#/assessments/')[1]!);
}

const TEXT_FIELDS = 'textarea, input[type="text"], input:not([type])';

/**
 * Every text field the user can type into in `scope`, outside add-something forms: its position
 * among the scope's text fields (labels can change with what is typed, positions do not) and label.
 */
async function editableTextFields(scope: Locator): Promise<{ index: number; label: string }[]> {
  return scope.evaluate(
    (root, selector) =>
      [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)]
        .map((field, index) => ({ field, index }))
        .filter(({ field }) => !field.disabled && !field.readOnly && field.closest('form') === null)
        .map(({ field, index }) => ({ index, label: field.labels?.[0]?.textContent?.trim() ?? '' })),
    TEXT_FIELDS,
  );
}

/** Types like a person (key by key), reloads 300 ms after the last key, and reads the field again. */
async function typeThenReload(page: Page, field: () => Locator, text: string, reopen: () => Promise<void>): Promise<string> {
  await field().click();
  await page.keyboard.press('Control+End');
  await field().pressSequentially(text);
  // The scenario is timed on purpose: the promise is about a reload 300 ms after the last key.
  await page.waitForTimeout(300);
  await page.reload();
  await reopen();
  await expect.poll(() => field().inputValue(), { timeout: 15_000 }).toContain(text);
  return field().inputValue();
}

describe('one edit session per assessment', () => {
  it('keeps text typed into every profile field when the page reloads 300 ms later', async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    const id = await newAssessment(page, 'JO', '2031');
    // One answer, so that the profile drafts a finding whose wording and note can be edited.
    await page.locator('[data-indicator-id="D1.1.1"]').focus();
    await page.keyboard.press('1');
    await waitSaved(page);
    await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(id)}/profile`);
    const openNarrative = async () => {
      await page.getByRole('tab', { name: 'Narrative and key data' }).click();
      await page.getByRole('tab', { name: 'Narrative and key data', selected: true }).waitFor();
    };
    await openNarrative();
    // One row of each list, so that their fields are tested too.
    await page.getByRole('button', { name: 'Add a priority' }).click();
    await page.getByRole('button', { name: 'Add a figure' }).click();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const panel = page.getByRole('tabpanel');
    const fields = await editableTextFields(panel);
    // Introduction and methodology, six domains' findings, one priority and one figure, each in both languages.
    expect(fields.length).toBeGreaterThanOrEqual(20);
    expect(fields.every(({ label }) => label !== '')).toBe(true);
    for (const { index, label } of fields) {
      // A year takes digits (letters there are refused with a message, not stored).
      const text = label.startsWith('Year') ? '2024' : label.endsWith('Arabic') ? ` نص رقم ${index}` : ` text ${index}`;
      const value = await typeThenReload(page, () => panel.locator(TEXT_FIELDS).nth(index), text, openNarrative);
      expect([label, value.endsWith(text)]).toEqual([label, true]);
    }
    // A finding's wording (both languages) and the researcher's note on it.
    const openFindingEditor = async () => {
      await page.getByRole('tab', { name: 'Findings' }).click();
      const finding = page.locator('[data-finding-id]').first();
      await finding.getByRole('button', { name: /^Edit wording and note: / }).click();
      await finding.locator('.finding__editor').waitFor();
    };
    await openFindingEditor();
    const editor = page.locator('[data-finding-id]').first().locator('.finding__editor');
    const findingFields = await editableTextFields(editor);
    expect(findingFields.length).toBe(3);
    for (const { index, label } of findingFields) {
      const text = label.endsWith('Arabic') ? ` صياغة ${index}` : ` wording ${index}`;
      const value = await typeThenReload(page, () => editor.locator(TEXT_FIELDS).nth(index), text, openFindingEditor);
      expect([label, value.endsWith(text)]).toEqual([label, true]);
    }
    errors.assertClean();
    await page.close();
  }, 600_000);

  it('keeps text typed into every field of the indicator detail when the page reloads 300 ms later', async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    const id = await newAssessment(page, 'JO', '2032');
    await openDetail(page, 'D1.1.1');
    const detail = page.getByTestId('indicator-detail');
    const fields = await editableTextFields(detail);
    expect(fields.map(({ label }) => label)).toEqual(
      expect.arrayContaining(['Justification: English', 'Justification: Arabic', 'Rationale for the agreed answer', 'Recorded dissent']),
    );
    const reopen = async () => {
      await detail.waitFor();
    };
    for (const { index, label } of fields) {
      const text = ` typed ${index} just before the reload`;
      const value = await typeThenReload(page, () => detail.locator(TEXT_FIELDS).nth(index), text, reopen);
      expect([label, value.endsWith(text)]).toEqual([label, true]);
    }
    expect((await storedResponses(page, id))['D1.1.1']?.justification).toMatch(/typed \d+ just before the reload/);
    errors.assertClean();
    await page.close();
  }, 300_000);

  it('keeps both languages when the original and its translation are typed one after the other just before a reload', async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    const id = await newAssessment(page, 'JO', '2033');
    await openDetail(page, 'D1.1.1');
    const detail = page.getByTestId('indicator-detail');
    const english = () => detail.getByLabel('Justification: English');
    const arabic = () => detail.getByLabel('Justification: Arabic');
    await english().fill('Residence Act');
    await arabic().fill('قانون الإقامة');
    await waitSaved(page);
    // The translation record exists now: keys go to the original, then to the translation, and the
    // page reloads 300 ms after the last one, while both writes are still due.
    for (let round = 1; round <= 3; round += 1) {
      await english().click();
      await page.keyboard.press('Control+End');
      await english().pressSequentially(` ${round}`);
      await arabic().click();
      await page.keyboard.press('Control+End');
      await arabic().pressSequentially(` ${round}`);
      await page.waitForTimeout(300);
      await page.reload();
      await detail.waitFor();
      const expectedEnglish = `Residence Act${Array.from({ length: round }, (_, index) => ` ${index + 1}`).join('')}`;
      const expectedArabic = `قانون الإقامة${Array.from({ length: round }, (_, index) => ` ${index + 1}`).join('')}`;
      await expect.poll(() => english().inputValue(), { timeout: 15_000 }).toBe(expectedEnglish);
      await expect.poll(() => arabic().inputValue(), { timeout: 15_000 }).toBe(expectedArabic);
    }
    await expect
      .poll(async () => {
        const record = (await storedResponses(page, id))['D1.1.1'];
        return [
          record?.justification,
          (record as { translations?: { justification?: { other?: string } } } | undefined)?.translations?.justification?.other,
        ];
      })
      .toEqual(['Residence Act 1 2 3', 'قانون الإقامة 1 2 3']);
    errors.assertClean();
    await page.close();
  }, 300_000);

  it('undoes with Ctrl+Z only in the assessment in front of the user, shows the restored text, and keeps undo after a reload', async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    const first = await newAssessment(page, 'LB', '2031');
    // An answer and a justification in the first assessment.
    await page.locator('[data-indicator-id="D1.1.1"]').focus();
    await page.keyboard.press('1');
    await waitSaved(page);
    await openDetail(page, 'D1.1.1');
    const justification = page.getByTestId('indicator-detail').getByLabel('Justification: English', { exact: true });
    await justification.fill('Labour law, article 12');
    await justification.blur();
    await waitSaved(page);
    await expect.poll(async () => (await storedResponses(page, first))['D1.1.1']?.justification).toBe('Labour law, article 12');

    // A second assessment: nothing of the first one's changes can be undone here.
    const second = await newAssessment(page, 'LB', '2032');
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.locator('[data-indicator-id="D1.1.2"]').focus();
    await page.keyboard.press('Control+z');
    await page.getByText('Nothing to undo in this assessment.').waitFor();
    expect((await storedResponses(page, first))['D1.1.1']).toMatchObject({ justification: 'Labour law, article 12' });
    expect(Object.values(await storedResponses(page, second)).every((response) => response.answer === null)).toBe(true);

    // Back in the first one, after a reload: Ctrl+Z outside a text field undoes the justification,
    // and the field shows the restored (empty) text; again undoes the answer; Ctrl+Shift+Z redoes it.
    await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(first)}?indicator=D1.1.1`);
    await page.reload();
    await justification.waitFor();
    expect(await justification.inputValue()).toBe('Labour law, article 12');
    await page.getByTestId('undo').waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('undo').isEnabled()).toBe(true);
    await page.locator('[data-indicator-id="D1.1.1"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => justification.inputValue()).toBe('');
    await expect.poll(async () => (await storedResponses(page, first))['D1.1.1']?.justification).toBe('');
    await page.locator('[data-indicator-id="D1.1.1"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedResponses(page, first))['D1.1.1']?.answer ?? null).toBe(null);
    await page.locator('[data-indicator-id="D1.1.1"]').focus();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await storedResponses(page, first))['D1.1.1']?.answer ?? null).not.toBe(null);
    // The second assessment was never touched.
    expect(
      Object.values(await storedResponses(page, second)).every((response) => response.answer === null && response.justification === ''),
    ).toBe(true);
    errors.assertClean();
    await page.close();
  }, 180_000);
});
