import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BASELINE_ID } from '@/demo/demo-assessment';
import { DEMO_REGIONAL_MEETING_PLACE, DEMO_RESERVATION, DEMO_RESERVATION_AR } from '@/demo/demo-validation';
import { flat, pdfText } from '../unit/report-fixtures';
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
const dir = mkdtempSync(join(tmpdir(), 'mgi-validation-e2e-'));

async function demoPage(path: string, heading: RegExp): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const errors = watchForErrors(page);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: 'Load demo assessment' }).click();
  await page.waitForURL(/#\/assessments\//);
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return { page, errors };
}

async function recordMeetingAndDecisions(
  page: Page,
  labels: { date: string; place: string; ministry: string; save: string; record: RegExp; validated: RegExp },
) {
  await page.getByLabel(labels.date).fill('2026-10-14');
  await page.getByLabel(labels.place, { exact: true }).fill('Ministry of Interior, Demo City');
  await page.getByLabel(labels.ministry).fill('Ministry of Interior');
  await page.getByRole('button', { name: labels.save }).click();
  const forms = page.locator('form[data-domain-id]');
  for (let index = 0; index < (await forms.count()); index += 1) {
    const form = forms.nth(index);
    await form.getByRole('button', { name: labels.record }).click();
    await page
      .getByTestId(`decision-state-${(await form.getAttribute('data-domain-id'))!}`)
      .filter({ hasText: labels.validated })
      .waitFor();
  }
}

/**
 * A phrase printed in a table cell, in reading order: whole, or with one break where its row
 * continues on the next page, where the extracted text puts the row's repeated first cell and the
 * rest of a neighbouring cell ("Well-being of migrants reservations") between its two halves.
 */
function acrossOneRowBreak(phrase: string): RegExp {
  const words = phrase.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const splits = words.slice(1).map((_, k) => `${words.slice(0, k + 1).join(' ')}(?: \\S+){0,6} ${words.slice(k + 1).join(' ')}`);
  return new RegExp(words.length === 1 ? words[0]! : splits.join('|'));
}

describe('validation by the government', () => {
  it('refuses a plain lock while answers are unresolved, locks with reservations after a confirmation, shows the record, and reopens only with a reason', async () => {
    const { page, errors } = await demoPage(`#/assessments/${FOLLOW_UP}/validation`, /Validation by the government/);
    const status = page.getByTestId('validation-status');
    expect(await status.getAttribute('data-locked')).toBe('false');

    // Nobody is assumed: the decisions and the lock need a person.
    await page.getByTestId('member-picker').selectOption({ label: 'Amal Haddad — Ministry of Interior' });

    await page.getByLabel('Date of the meeting').fill('2099-01-01');
    await page.getByLabel('Place', { exact: true }).fill('Ministry of Interior, Demo City');
    await page.getByLabel('Format').selectOption('hybrid');
    await page.getByLabel('Ministry or institution 1').fill('Ministry of Interior');
    await page.getByLabel('Government 1 (e.g. central or regional)').fill('Government of Demoland');
    await page.getByLabel('Official (name and title) 1').fill('Director of Migration Affairs');
    await page.getByRole('button', { name: 'Add a ministry' }).click();
    await page.getByLabel('Ministry or institution 2').fill('Regional Ministry of Labour');
    await page.getByLabel('Government 2 (e.g. central or regional)').fill('Northern Regional Government');
    await page.getByRole('button', { name: 'Save meeting details' }).click();
    await page.getByText('The meeting date cannot be in the future.').waitFor();
    await page.getByLabel('Date of the meeting').fill('2026-10-14');
    await page.getByRole('button', { name: 'Save meeting details' }).click();
    await page.getByText(/Ministries or institutions present: 2/).waitFor();

    const forms = page.locator('form[data-domain-id]');
    expect(await forms.count()).toBe(6);
    for (let index = 0; index < 6; index += 1) {
      const form = forms.nth(index);
      if (index === 0) {
        await form.getByRole('radio', { name: 'Validated with reservations' }).check();
        // Both languages side by side: the English original, the Arabic translation beside it.
        await form.getByLabel('Reservations: English', { exact: true }).fill('The labour migration figures date from 2024.');
        await form.getByLabel('Reservations: Arabic', { exact: true }).fill('تعود أرقام هجرة العمالة إلى عام 2024.');
      }
      await form.getByRole('button', { name: /Record decision/ }).click();
      await page
        .getByTestId(`decision-state-${(await form.getAttribute('data-domain-id'))!}`)
        .filter({ hasText: /^Validated/ })
        .waitFor();
    }

    // The demo's second round has draft and in-review answers: a plain lock is not on offer.
    const panel = page.getByTestId('lock-panel');
    expect(await panel.getAttribute('data-lock-kind')).toBe('validated-with-reservations');
    expect(await panel.getByRole('button', { name: 'Lock as validated…' }).count()).toBe(0);
    const unresolved = page.getByTestId('unresolved-indicators');
    expect(await unresolved.getByRole('heading', { level: 3 }).textContent()).toMatch(/^\d+ indicators are not resolved$/);
    expect(await unresolved.locator('section[data-domain-id]').count()).toBeGreaterThan(1);
    const firstLink = unresolved.getByRole('link').first();
    const firstId = (await firstLink.textContent())!;
    expect(await firstLink.getAttribute('href')).toBe(`#/assessments/${FOLLOW_UP}?indicator=${firstId}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const agreedBefore = (await statusCounts(page)).agreed ?? 0;
    await panel.getByRole('button', { name: 'Validate with reservations…' }).click();
    const confirm = page.getByTestId('lock-confirm');
    expect(await confirm.textContent()).toContain('validated with reservations');
    expect(await confirm.textContent()).toContain(firstId);
    expect(await confirm.textContent()).toContain('Locked by: Amal Haddad (Ministry of Interior).');
    await confirm.getByRole('button', { name: 'Lock as validated with reservations' }).click();
    await page.locator('[data-testid="validation-status"][data-locked="true"]').waitFor();
    expect(await statusCounts(page)).toMatchObject({ validated: agreedBefore });

    // The record, on screen after the lock.
    const record = page.getByTestId('validation-record');
    expect(await record.getByTestId('record-lock').textContent()).toMatch(
      /^Locked as validated with reservations on .+ by Amal Haddad \(Ministry of Interior\)\.$/,
    );
    expect(await record.getByTestId('record-participants').textContent()).toContain('Northern Regional Government');
    expect(await record.getByTestId('record-decisions').textContent()).toContain('The labour migration figures date from 2024.');
    expect(await record.getByTestId('record-decisions').textContent()).toContain(firstId);

    // Validated, not yet published: the reservations' translation and its check stay open without
    // reopening; the wording the meeting recorded (here the English original) stays as it is.
    const translate = page.getByTestId('reservations-translation');
    expect(await translate.textContent()).toContain('Until the profile is published, their translations can still be written and checked');
    expect(await translate.getByRole('textbox').nth(0).isEditable()).toBe(false);
    const corrected = 'تعود أرقام هجرة العمالة في الشمال إلى عام 2024.';
    await translate.getByRole('textbox').nth(1).fill(corrected);
    await translate.getByRole('checkbox', { name: 'Arabic translation checked' }).check();
    type StoredDecision = { reservations: string; translations?: { reservations?: { other: string; checked: boolean } } };
    const storedReservations = async () => {
      const rows = (await dumpStore(page)).assessments as { id: string; validation?: { decisions: StoredDecision[] } }[];
      return rows.find((row) => row.id === FOLLOW_UP)?.validation?.decisions.find((d) => d.reservations !== '');
    };
    await expect
      .poll(async () => (await storedReservations())?.translations?.reservations)
      .toMatchObject({ other: corrected, checked: true });
    expect((await storedReservations())?.reservations).toBe('The labour migration figures date from 2024.');
    // The workspace says the same; an indicator's justification takes its translation, its original does not change.
    await page.goto(`${baseUrl()}#/assessments/${FOLLOW_UP}?indicator=D1.1.1`);
    expect(await page.getByTestId('lock-note').textContent()).toContain('the translations of its texts can still be written and checked');
    const detail = page.getByTestId('indicator-detail');
    expect(await detail.getByLabel('Justification: English').isEditable()).toBe(false);
    expect(await detail.getByLabel('Justification: Arabic').isEditable()).toBe(true);
    await page.goto(`${baseUrl()}#/assessments/${FOLLOW_UP}/validation`);
    await page.locator('[data-testid="validation-status"][data-locked="true"]').waitFor();

    // Reopening needs a reason; the history says who did what, in words.
    await page.getByRole('button', { name: 'Reopen the assessment' }).click();
    await page.getByText('Give the reason for reopening.').waitFor();
    await page.getByLabel('Reason for reopening').fill('The Ministry of Labour sent corrected 2025 figures.');
    await page.getByRole('button', { name: 'Reopen the assessment' }).click();
    await page.locator('[data-testid="validation-status"][data-locked="false"]').waitFor();
    const history = page.getByTestId('validation-history');
    expect(await history.getByRole('row').filter({ hasText: 'Amal Haddad reopened the assessment' }).textContent()).toContain(
      'corrected 2025 figures',
    );
    expect(await history.getByRole('row').filter({ hasText: 'Amal Haddad withdrew 6 domain decisions.' }).count()).toBe(1);
    expect(await history.getByRole('row').filter({ hasText: 'Amal Haddad locked the assessment as validated.' }).count()).toBe(1);
    expect(
      await history
        .getByRole('row')
        .filter({ hasText: /Amal Haddad recorded reservations on \d+ unresolved indicators/ })
        .count(),
    ).toBe(1);
    expect(await history.textContent()).not.toMatch(/validation\.|exchange-merge|profile:/);
    await page.reload();
    await page.getByTestId('validation-history').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it('in Arabic: asks who is working, refuses the plain lock and locks with reservations', async () => {
    const { page, errors } = await demoPage(`#/assessments/${FOLLOW_UP}/validation`, /Validation by the government/);
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'المصادقة الحكومية' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('member-picker').selectOption({ label: 'الأمانة (ليست عضوًا)' });
    await recordMeetingAndDecisions(page, {
      date: 'تاريخ الاجتماع',
      place: 'المكان',
      ministry: 'الوزارة أو المؤسسة 1',
      save: 'حفظ تفاصيل الاجتماع',
      record: /تسجيل القرار/,
      validated: /^تمت المصادقة/,
    });
    const panel = page.getByTestId('lock-panel');
    expect(await panel.getAttribute('data-lock-kind')).toBe('validated-with-reservations');
    expect(await page.getByTestId('unresolved-indicators').textContent()).toContain('لم يُتوافق عليه');
    await panel.getByRole('button', { name: 'مصادقة مع تحفظات…' }).click();
    expect(await page.getByTestId('lock-confirm').textContent()).toContain('أقفله: الأمانة.');
    await page.getByRole('button', { name: 'إقفال بوصفه مُصادَقًا عليه مع تحفظات' }).click();
    await page.locator('[data-testid="validation-status"][data-locked="true"]').waitFor();
    expect(await page.getByTestId('record-lock').textContent()).toContain('أقفله الأمانة');
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it("shows the demo's first round validated with its full record, and prints it in the PDF in both languages", async () => {
    const { page, errors } = await demoPage(`#/assessments/${DEMO_BASELINE_ID}/validation`, /Validation by the government/);
    const record = page.getByTestId('validation-record');
    expect(await record.getByTestId('record-participants').getByRole('row').count()).toBeGreaterThanOrEqual(4);
    expect(await record.textContent()).toContain(DEMO_RESERVATION);
    await page.goto(`${baseUrl()}#/assessments/${DEMO_BASELINE_ID}/report`);
    for (const [language, expected] of [
      [
        'English',
        [
          'Validation',
          'Validated with reservations and locked on',
          'Amal Haddad (Ministry of Interior)',
          'Northern Regional Government',
          'Validation meeting 2',
          DEMO_REGIONAL_MEETING_PLACE,
          'Indicators unresolved at the lock',
          DEMO_RESERVATION,
        ],
      ],
      [
        'العربية',
        [
          'المصادقة',
          'صودق عليه مع تحفظات وأُقفل',
          'المؤسسات والمسؤولون الحاضرون',
          'مؤشرات غير محسومة عند الإقفال',
          // The reservation in Arabic; its first line (a wrapped right-to-left cell reads out of order after it).
          DEMO_RESERVATION_AR.split(' ').slice(0, 8).join(' '),
        ],
      ],
    ] as const) {
      await page.getByRole('radio', { name: language }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
      const path = join(dir, `round-1-${language === 'English' ? 'en' : 'ar'}.pdf`);
      await download.saveAs(path);
      // poppler places Arabic short vowels (harakat) apart from their letters; compare the letters.
      const bare = (value: string) => flat(value).replace(/[\u064B-\u0652]/g, '');
      // A table row may continue on the next page: drop the page footer and header between its
      // halves, and the row's repeated first cells ("Partnerships Validated with…").
      const pageBreaks =
        /\s*MGI Workbench · [^·]{1,40}? (Page|صفحة|الصفحة) \S+ (of|من) \S+ Migration Governance Indicators — Demoland \(demo\)( Domain Decision Reservations)?( [^…]{1,80}…)?/g;
      const text = bare(pdfText(path)).replace(pageBreaks, '');
      for (const phrase of expected) expect(acrossOneRowBreak(bare(phrase)).test(text), phrase).toBe(true);
    }
    errors.assertClean();
    await page.context().close();
  });
});
