import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser';
import { storedResponses } from './store';

/**
 * Drives the scoring workspace the way a working-group member does: keyboard scoring in the table
 * (keys 1/2/3 pick an answer option, 0 clears), Enter for the detail panel, typing the
 * justification. Waits on what the screen and the store show, never on time.
 */

export async function openWorkspace(page: Page, assessmentId: string): Promise<void> {
  await page.goto(`${baseUrl()}#/assessments/${encodeURIComponent(assessmentId)}`);
  await page.locator('[data-indicator-id]').nth(89).waitFor();
}

/** Answers "who is working on this device?" if the app asks (it does before the first change). */
export async function answerWhoIsWorking(page: Page, choice: string | RegExp = 'Secretariat (not a member)'): Promise<void> {
  const prompt = page.getByTestId('who-is-working-prompt');
  if ((await prompt.count()) === 0) return;
  await prompt.getByRole('button', { name: choice }).click();
  await prompt.waitFor({ state: 'detached' });
}

/** "Add members first": sets the question aside until a member is added. */
export async function deferWhoIsWorking(page: Page): Promise<void> {
  const prompt = page.getByTestId('who-is-working-prompt');
  await prompt.waitFor();
  await prompt.getByRole('button', { name: "Add the working group's members first" }).click();
  await prompt.waitFor({ state: 'detached' });
}

export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

/** Adds a member to the working group (opening the panel if needed) and returns their id. */
export async function addMember(page: Page, name: string, institution: string, role: 'coordinator' | 'member'): Promise<string> {
  const panel = page.getByTestId('members-panel');
  if ((await page.getByTestId('who-is-working-prompt').count()) > 0) await deferWhoIsWorking(page);
  const toggle = page.getByRole('button', { name: /^Working group \(/ });
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByLabel('Institution', { exact: true }).fill(institution);
  await panel.getByRole('combobox', { name: 'Role', exact: true }).selectOption(role);
  await panel.getByRole('button', { name: 'Add member' }).click();
  await panel.getByRole('rowheader', { name }).waitFor();
  // Adding a member asks again who is working; the caller answers (chooseWhoIsWorking).
  const id = await page
    .locator('[data-member-id]')
    .filter({ has: page.getByRole('rowheader', { name }) })
    .getAttribute('data-member-id');
  if (!id) throw new Error(`no member-picker option for ${name}`);
  return id;
}

/** "Who is working?": every change from now on is attributed to this member. */
export async function chooseWhoIsWorking(page: Page, memberId: string): Promise<void> {
  const picker = page.getByTestId('member-picker');
  const prompt = page.getByTestId('who-is-working-prompt');
  if ((await prompt.count()) > 0) {
    const name = await page.locator(`[data-member-id="${memberId}"] th`).textContent();
    await prompt.getByRole('button', { name: name ?? '' }).click();
    await prompt.waitFor({ state: 'detached' });
  }
  await picker.selectOption(memberId);
  await expect.poll(() => picker.inputValue()).toBe(memberId);
}

const row = (page: Page, indicatorId: string) => page.locator(`[data-indicator-id="${indicatorId}"]`);

/** Focuses the indicator's row and presses the digit key of its `optionNumber`-th answer (0 clears). */
export async function pickAnswerByKey(
  page: Page,
  assessmentId: string,
  indicatorId: string,
  optionNumber: 0 | 1 | 2 | 3,
  value: string | null,
): Promise<void> {
  await row(page, indicatorId).focus();
  await page.keyboard.press(String(optionNumber));
  await expect.poll(async () => (await storedResponses(page, assessmentId))[indicatorId]?.answer ?? null).toBe(value);
  await waitSaved(page);
}

/** Opens the detail with Enter on the row and types the justification, then leaves the field. */
export async function typeJustification(page: Page, assessmentId: string, indicatorId: string, text: string): Promise<void> {
  await openDetail(page, indicatorId);
  const field = page.getByTestId('indicator-detail').getByLabel('Justification: English');
  await field.fill(text);
  await field.blur();
  await expect.poll(async () => (await storedResponses(page, assessmentId))[indicatorId]?.justification).toBe(text);
  await waitSaved(page);
}

export async function openDetail(page: Page, indicatorId: string): Promise<void> {
  await row(page, indicatorId).focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('indicator-detail');
  await detail.waitFor();
  await expect.poll(async () => (await detail.getByRole('heading', { level: 2 }).textContent()) ?? '').toContain(indicatorId);
}
