import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchProfile, seriousAxeViolations, watchForErrors } from './support/browser';
import { storedHistory, storedResponses, storeHash } from './support/store';
import { startOf, tr } from './support/strings';
import { addMember, chooseWhoIsWorking, openDetail, openWorkspace, pickAnswerByKey, typeJustification } from './support/workspace';

/** Two laptops: two persistent browser profiles, each with its own IndexedDB. */
let coordinator: BrowserContext;
let member: BrowserContext;
let sharedAssessmentId = '';
const files = mkdtempSync(join(tmpdir(), 'mgi-packages-'));

beforeAll(async () => {
  [coordinator, member] = await Promise.all([launchProfile(), launchProfile()]);
});
afterAll(async () => {
  await Promise.all([coordinator?.close(), member?.close()]);
});

async function openPage(context: BrowserContext, hash = ''): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${baseUrl()}${hash}`);
  return page;
}

async function exportPackage(page: Page, assessmentId: string, name: string): Promise<string> {
  await page.goto(`${baseUrl()}#/assessments/${assessmentId}/exchange`);
  const button = page.getByRole('button', { name: 'Export member package' });
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // The file name says what it holds and who sent it: country, level, round, year, sender, institution, time.
  expect(download.suggestedFilename()).toMatch(/^mgi-package_KE_national_round-1_2026_.+_.+_\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const path = join(files, name);
  await download.saveAs(path);
  await page.getByTestId('export-result').waitFor();
  return path;
}

async function choosePackage(page: Page, path: string): Promise<void> {
  await page.getByLabel('Member package file (.json)').setInputFiles(path);
}

describe('a working group exchanging member packages without a server', () => {
  it('coordinator and member edit the same assessment, exchange packages, resolve a conflict, and both end with every change', async () => {
    const coordinatorPage = await openPage(coordinator);
    const errors = watchForErrors(coordinatorPage);
    await coordinatorPage.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
    await coordinatorPage.getByRole('combobox', { name: 'Country' }).selectOption('KE');
    await coordinatorPage.getByRole('spinbutton', { name: 'Year' }).fill('2026');
    await coordinatorPage.getByRole('button', { name: 'Create assessment' }).click();
    await coordinatorPage.waitForURL(/#\/assessments\/[^/]+$/);
    const assessmentId = decodeURIComponent(coordinatorPage.url().split('#/assessments/')[1]!);
    sharedAssessmentId = assessmentId;
    // The coordinator names themselves as who is working, then scores by keyboard in the workspace.
    const coordinatorId = await addMember(coordinatorPage, 'Wanjiru Kamau', 'Ministry of Interior', 'coordinator');
    await chooseWhoIsWorking(coordinatorPage, coordinatorId);
    await pickAnswerByKey(coordinatorPage, assessmentId, 'D1.1.1', 1, 'all');
    await typeJustification(coordinatorPage, assessmentId, 'D1.1.1', 'Constitution art. 12');
    await pickAnswerByKey(coordinatorPage, assessmentId, 'D1.1.2', 3, 'none');

    // The member receives the assessment as a package: importing it creates it on their laptop.
    const first = await exportPackage(coordinatorPage, assessmentId, 'from-coordinator-1.json');
    const memberPage = await openPage(member, '#/exchange');
    await choosePackage(memberPage, first);
    await memberPage.getByRole('button', { name: 'Create the assessment' }).click();
    await memberPage.getByText('The assessment was created from the package.').waitFor();
    expect((await storedResponses(memberPage, assessmentId))['D1.1.1']).toMatchObject({
      answer: 'all',
      justification: 'Constitution art. 12',
    });

    // Both work on their own laptops, in the workspace. Both change D1.1.1's answer and
    // justification (the conflict); each also changes fields the other leaves alone, including
    // different fields of the same indicator (D1.1.2: the member its answer, the coordinator its
    // justification).
    await openWorkspace(memberPage, assessmentId);
    const memberId = await addMember(memberPage, 'Otieno Mwangi', 'Kenya National Bureau of Statistics', 'member');
    await chooseWhoIsWorking(memberPage, memberId);
    await pickAnswerByKey(memberPage, assessmentId, 'D1.1.1', 2, 'regular-only');
    await typeJustification(memberPage, assessmentId, 'D1.1.1', 'Member: only regular migrants');
    await pickAnswerByKey(memberPage, assessmentId, 'D1.1.3', 1, 'all');
    await typeJustification(memberPage, assessmentId, 'D1.1.3', 'Law 4/2020');
    await pickAnswerByKey(memberPage, assessmentId, 'D1.1.2', 2, 'regular-only');

    await openWorkspace(coordinatorPage, assessmentId);
    await pickAnswerByKey(coordinatorPage, assessmentId, 'D1.1.1', 3, 'none');
    await typeJustification(coordinatorPage, assessmentId, 'D1.1.1', 'Coordinator: repealed in 2025');
    await typeJustification(coordinatorPage, assessmentId, 'D1.1.2', 'Ministry of Labour data');

    const fromMember = await exportPackage(memberPage, assessmentId, 'from-member-1.json');
    const header = JSON.parse(readFileSync(fromMember, 'utf8')) as { about: unknown };
    expect(header.about).toMatchObject({
      country: 'KE',
      level: 'national',
      round: 1,
      year: 2026,
      sender: { name: 'Otieno Mwangi', institution: 'Kenya National Bureau of Statistics' },
    });
    await coordinatorPage.goto(`${baseUrl()}#/assessments/${assessmentId}/exchange`);
    await choosePackage(coordinatorPage, fromMember);
    await coordinatorPage.getByRole('heading', { name: 'Conflicts: 2' }).waitFor();
    expect(await coordinatorPage.getByTestId('package-about').textContent()).toMatch(
      /^Package from Otieno Mwangi \(Kenya National Bureau of Statistics\): Kenya, National, round 1 \(2026\), exported /,
    );
    expect(await coordinatorPage.getByRole('button', { name: 'Apply the merge' }).isDisabled()).toBe(true);
    // Take all of theirs, after a confirmation; each choice can still be changed below.
    await coordinatorPage.getByRole('button', { name: "Take all of Otieno Mwangi's versions…" }).click();
    await coordinatorPage.getByText("Take Otieno Mwangi's version in all 2 conflicts?").waitFor();
    await coordinatorPage.getByRole('button', { name: "Yes, take all of Otieno Mwangi's" }).click();
    expect(await coordinatorPage.getByRole('radio', { name: "Take Otieno Mwangi's", checked: true }).count()).toBe(2);
    await coordinatorPage.getByRole('button', { name: 'Keep all mine…' }).click();
    await coordinatorPage.getByRole('button', { name: 'Yes, keep all mine' }).click();
    expect(await coordinatorPage.getByRole('radio', { name: 'Keep mine', checked: true }).count()).toBe(2);
    expect(await coordinatorPage.locator('.conflict').first().textContent()).toContain("Otieno Mwangi's version");
    expect(await seriousAxeViolations(coordinatorPage)).toEqual([]);
    // The same in Arabic: the package names its sender, and so do both take-all choices and each conflict.
    const sender = 'Otieno Mwangi';
    await coordinatorPage.getByTestId('language-select').selectOption('ar');
    await coordinatorPage.locator('html[dir="rtl"]').waitFor();
    const aboutInArabic = (await coordinatorPage.getByTestId('package-about').textContent()) ?? '';
    expect(aboutInArabic).toMatch(startOf('ar', 'people:packages.aboutWithInstitution'));
    expect(aboutInArabic).toContain(sender);
    await coordinatorPage.getByRole('button', { name: tr('ar', 'people:packages.takeAllTheirs', { sender }) }).click();
    await coordinatorPage.getByRole('button', { name: tr('ar', 'people:packages.confirmTheirsButton', { sender }) }).click();
    expect(
      await coordinatorPage.getByRole('radio', { name: tr('ar', 'people:packages.takeTheirs', { sender }), checked: true }).count(),
    ).toBe(2);
    await coordinatorPage.getByRole('button', { name: tr('ar', 'people:packages.keepAllMine') }).click();
    await coordinatorPage.getByRole('button', { name: tr('ar', 'people:packages.confirmMineButton') }).click();
    expect(await coordinatorPage.getByRole('radio', { name: tr('ar', 'exchange:conflicts.keepMine'), checked: true }).count()).toBe(2);
    expect(await seriousAxeViolations(coordinatorPage)).toEqual([]);
    await coordinatorPage.getByTestId('language-select').selectOption('en');
    await coordinatorPage.locator('html[dir="ltr"]').waitFor();
    const apply = coordinatorPage.getByRole('button', { name: 'Apply the merge' });
    const answerConflict = coordinatorPage.locator(`[data-conflict-key="response:D1.1.1:answer"]`);
    // Both values side by side, as the catalogue's answer labels.
    await answerConflict.getByText('No equal access', { exact: true }).waitFor();
    await answerConflict.getByText('Regular migrants only', { exact: true }).waitFor();
    await answerConflict.getByRole('radio', { name: "Take Otieno Mwangi's" }).check();
    const textConflict = coordinatorPage.locator(`[data-conflict-key="response:D1.1.1:justification"]`);
    await textConflict.getByRole('radio', { name: 'Edit' }).check();
    await textConflict.getByRole('textbox', { name: 'Combined text' }).fill('Regular migrants only; the 2025 repeal is pending (agreed)');
    await apply.click();
    await coordinatorPage.getByText(/The package was merged/).waitFor();

    const merged = await storedResponses(coordinatorPage, assessmentId);
    expect(merged['D1.1.1']).toMatchObject({
      answer: 'regular-only',
      justification: 'Regular migrants only; the 2025 repeal is pending (agreed)',
    });
    expect(merged['D1.1.2']).toMatchObject({ answer: 'regular-only', justification: 'Ministry of Labour data' });
    expect(merged['D1.1.3']).toMatchObject({ answer: 'all', justification: 'Law 4/2020' });

    // Every change from both laptops is in the coordinator's history, attributed to who made it;
    // the conflict's resolution is attributed to the coordinator who resolved it.
    const history = (await storedHistory(coordinatorPage, assessmentId)).filter((entry) => entry.entity === 'response');
    const authorOf = (indicatorId: string, field: string, after: unknown, reason?: string) =>
      history
        .filter(
          (entry) =>
            entry.indicatorId === indicatorId &&
            entry.field === field &&
            entry.after === after &&
            (reason === undefined || entry.reason === reason),
        )
        .map((entry) => entry.memberId);
    expect(authorOf('D1.1.1', 'answer', 'all')).toEqual([coordinatorId]);
    expect(authorOf('D1.1.1', 'justification', 'Constitution art. 12')).toEqual([coordinatorId]);
    expect(authorOf('D1.1.2', 'answer', 'none')).toEqual([coordinatorId]);
    expect(authorOf('D1.1.1', 'answer', 'none')).toEqual([coordinatorId]);
    expect(authorOf('D1.1.1', 'justification', 'Coordinator: repealed in 2025')).toEqual([coordinatorId]);
    expect(authorOf('D1.1.2', 'justification', 'Ministry of Labour data')).toEqual([coordinatorId]);
    expect(authorOf('D1.1.1', 'answer', 'regular-only', '')).toEqual([memberId]);
    expect(authorOf('D1.1.1', 'justification', 'Member: only regular migrants')).toEqual([memberId]);
    expect(authorOf('D1.1.2', 'answer', 'regular-only', '')).toEqual([memberId]);
    expect(authorOf('D1.1.3', 'answer', 'all', '')).toEqual([memberId]);
    expect(authorOf('D1.1.3', 'justification', 'Law 4/2020', '')).toEqual([memberId]);
    expect(authorOf('D1.1.1', 'justification', 'Regular migrants only; the 2025 repeal is pending (agreed)')).toEqual([coordinatorId]);
    expect(history.filter((entry) => entry.memberId !== coordinatorId && entry.memberId !== memberId)).toEqual([]);
    // And the workspace shows it: the member's name in the history of the indicator only they scored.
    await openWorkspace(coordinatorPage, assessmentId);
    await openDetail(coordinatorPage, 'D1.1.3');
    expect(await coordinatorPage.getByTestId('indicator-detail').getByLabel('Justification: English').inputValue()).toBe('Law 4/2020');
    await coordinatorPage.getByTestId('history-list').getByText('Otieno Mwangi').first().waitFor();
    await coordinatorPage.goto(`${baseUrl()}#/assessments/${assessmentId}/exchange`);

    // The same package again changes nothing at all.
    const afterMerge = await storeHash(coordinatorPage);
    await choosePackage(coordinatorPage, fromMember);
    await coordinatorPage.getByText(/This package was already imported on/).waitFor();
    expect(await storeHash(coordinatorPage)).toBe(afterMerge);
    await coordinatorPage.getByTestId('snapshot-list').getByText('Before a merge').waitFor();

    // Back to the member: the coordinator's package merges without a conflict.
    const fromCoordinator = await exportPackage(coordinatorPage, assessmentId, 'from-coordinator-2.json');
    await memberPage.goto(`${baseUrl()}#/assessments/${assessmentId}/exchange`);
    await choosePackage(memberPage, fromCoordinator);
    await memberPage.getByTestId('merge-summary').waitFor();
    expect(await memberPage.getByRole('heading', { name: /^Conflicts/ }).count()).toBe(0);
    await memberPage.getByRole('button', { name: 'Apply the merge' }).click();
    await memberPage.getByText(/The package was merged/).waitFor();
    const memberCopy = await storedResponses(memberPage, assessmentId);
    for (const indicatorId of ['D1.1.1', 'D1.1.2', 'D1.1.3']) {
      expect([indicatorId, memberCopy[indicatorId]?.answer, memberCopy[indicatorId]?.justification]).toEqual([
        indicatorId,
        merged[indicatorId]?.answer,
        merged[indicatorId]?.justification,
      ]);
    }
    // The member's laptop now knows the coordinator's changes and who made them.
    const memberHistory = await storedHistory(memberPage, assessmentId);
    const labourData = memberHistory.filter((entry) => entry.field === 'justification' && entry.after === 'Ministry of Labour data');
    // The coordinator's own edit, and the member's merge that brought it here (applied by the member).
    expect(labourData.map((entry) => [entry.reason, entry.memberId])).toEqual([
      ['', coordinatorId],
      ['exchange-merge', memberId],
    ]);
    errors.assertClean();
  });

  it('undoes the merge from the snapshot taken before it, and the undo can itself be undone', async () => {
    const page = await openPage(coordinator, '#/storage');
    const list = page.getByTestId('snapshot-list');
    await list.getByText(/Before a merge/).waitFor();
    await list
      .getByRole('listitem')
      .filter({ hasText: 'Before a merge' })
      .first()
      .getByRole('button', { name: /Restore/ })
      .click();
    await page.getByTestId('snapshot-result').waitFor();
    await list.getByText(/Before a restore/).waitFor();
    const restored = await storedResponses(page, sharedAssessmentId);
    expect(restored['D1.1.3']).toBeUndefined();
    expect(restored['D1.1.1']).toMatchObject({ answer: 'none', justification: 'Coordinator: repealed in 2025' });
    expect(restored['D1.1.2']).toMatchObject({ answer: 'none', justification: 'Ministry of Labour data' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
