import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingContext, baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';
import type { Language } from './support/strings';
import { startOf, tr } from './support/strings';

/**
 * Who is working, and the working group's members over time, in English and in Arabic: the app
 * asks before the first change and shows the answer in the top header; a member renamed and then
 * retired disappears from every picker but keeps their (new) name wherever they acted.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ASSESSMENT = 'demo-demoland-round-2';
type StoredMember = { id: string; assessmentId: string; name: string; institution: string; retired?: boolean; createdAt: string };
type StoredResponse = { assessmentId: string; indicatorId: string; assigneeId: string | null };
type StoredHistory = { assessmentId: string; entity: string; entityId: string; field: string; memberId: string | null };

async function demoOnAskingDevice(language: Language): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const context = await askingContext(browser, { viewport: { width: 1366, height: 768 } });
  await context.addInitScript((locale) => localStorage.setItem('mgi-workbench:locale', locale), language);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${baseUrl()}#/demo`);
  await page.waitForURL(/#\/assessments\//);
  await page.goto(`${baseUrl()}#/assessments/${ASSESSMENT}`);
  await page.locator('[data-indicator-id]').first().waitFor();
  return { page, errors };
}

async function members(page: Page): Promise<StoredMember[]> {
  const all = (await dumpStore(page)).members as StoredMember[];
  return all.filter((m) => m.assessmentId === ASSESSMENT).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

describe.each(['en', 'ar'] as const)('members and who is working (%s)', (language) => {
  it('asks who is working, shows it in the header, and a renamed then retired member leaves the pickers but not the record', async () => {
    const { page, errors } = await demoOnAskingDevice(language);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');

    // Nobody is assumed: the question comes first, and the header says nobody is chosen.
    const prompt = page.getByTestId('who-is-working-prompt');
    await prompt.getByRole('heading', { name: tr(language, 'people:whoIsWorking.promptTitle') }).waitFor();
    const headerPicker = page.locator('header.app-header').getByTestId('member-picker');
    expect(await headerPicker.inputValue()).toBe('');
    expect(await page.getByTestId('member-picker').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const group = await members(page);
    const [me, other] = group as [StoredMember, StoredMember];
    await prompt
      .getByRole('button', { name: tr(language, 'people:whoIsWorking.memberChoice', { name: me.name, institution: me.institution }) })
      .click();
    await prompt.waitFor({ state: 'detached' });
    expect(await headerPicker.inputValue()).toBe(me.id);
    expect(await headerPicker.locator('option:checked').textContent()).toContain(me.name);

    // Rename another member, then retire them.
    await page.getByRole('button', { name: startOf(language, 'scoring:header.members') }).click();
    const panel = page.getByTestId('members-panel');
    const renamed = `${other.name} ${language === 'ar' ? 'الحداد' : 'Jr'}`;
    await panel.getByRole('button', { name: tr(language, 'people:members.editOf', { name: other.name }) }).click();
    await panel.getByRole('textbox', { name: tr(language, 'people:members.nameOf', { name: other.name }) }).fill(renamed);
    await panel.getByRole('button', { name: tr(language, 'people:members.save'), exact: true }).click();
    await panel.getByRole('rowheader', { name: renamed }).waitFor();
    await panel.getByRole('button', { name: tr(language, 'people:members.retireOf', { name: renamed }) }).click();
    await panel.locator(`[data-member-id="${other.id}"][data-retired="true"]`).waitFor();
    await expect.poll(async () => (await members(page)).find((m) => m.id === other.id)).toMatchObject({ name: renamed, retired: true });
    // Both changes are recorded under the person working.
    const memberHistory = ((await dumpStore(page)).history as StoredHistory[]).filter(
      (h) => h.assessmentId === ASSESSMENT && h.entity === 'member' && h.entityId === other.id,
    );
    expect(memberHistory.length).toBeGreaterThanOrEqual(2);
    expect(new Set(memberHistory.map((h) => h.memberId))).toEqual(new Set([me.id]));

    // Gone from the header's picker …
    expect(await headerPicker.locator(`option[value="${other.id}"]`).count()).toBe(0);
    expect(await headerPicker.locator(`option[value="${me.id}"]`).count()).toBe(1);
    // … kept, under the new name, where they are the assignee: the table and the detail's picker.
    const responses = ((await dumpStore(page)).responses as StoredResponse[]).filter((r) => r.assessmentId === ASSESSMENT);
    const theirs = responses.find((r) => r.assigneeId === other.id);
    const someoneElses = responses.find((r) => r.assigneeId !== other.id);
    expect(theirs && someoneElses).toBeTruthy();
    expect(await page.locator(`[data-indicator-id="${theirs!.indicatorId}"] .col-assignee`).textContent()).toBe(renamed);
    await page.goto(`${baseUrl()}#/assessments/${ASSESSMENT}?indicator=${theirs!.indicatorId}`);
    const assignee = page.getByTestId('indicator-detail').getByRole('combobox', { name: tr(language, 'scoring:detail.assignee') });
    expect(await assignee.locator('option:checked').textContent()).toBe(tr(language, 'people:members.retiredName', { name: renamed }));
    await page.goto(`${baseUrl()}#/assessments/${ASSESSMENT}?indicator=${someoneElses!.indicatorId}`);
    await page
      .getByTestId('indicator-detail')
      .getByRole('heading', { level: 2, name: new RegExp(someoneElses!.indicatorId.replace(/\./g, '\\.')) })
      .waitFor();
    expect(await assignee.locator(`option[value="${other.id}"]`).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });
});
