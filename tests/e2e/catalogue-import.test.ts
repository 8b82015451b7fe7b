import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { dumpStore } from './support/store-dump';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BUNDLED = readFileSync(join(import.meta.dirname, '..', '..', 'indicators', 'mgi', '1.0.0.json'), 'utf8');
const release = (changes: (file: Record<string, unknown>) => void): string => {
  const file = JSON.parse(BUNDLED) as Record<string, unknown>;
  changes(file);
  return JSON.stringify(file);
};

async function cataloguePage(): Promise<{ page: Page; errors: ReturnType<typeof watchForErrors> }> {
  const page = await (await browser.newContext()).newPage();
  const errors = watchForErrors(page);
  await page.goto(baseUrl());
  await page.getByRole('link', { name: 'Indicator catalogues' }).click();
  await page.getByRole('heading', { level: 1, name: 'Indicator catalogues' }).waitFor();
  await page.getByTestId('installed-catalogues').waitFor();
  return { page, errors };
}

async function pick(page: Page, name: string, content: string | Buffer, label = 'Catalogue file (.json)'): Promise<string> {
  const status = page.getByTestId('catalogue-import-status');
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await status.filter({ hasNotText: /^$|Checking the file|جارٍ فحص الملف/ }).waitFor();
  return (await status.textContent()) ?? '';
}

describe('importing an indicator catalogue', () => {
  it('refuses hostile and broken catalogue files with specific messages, storing nothing', async () => {
    const { page, errors } = await cataloguePage();
    const before = await dumpStore(page);
    const cases: [string, string, string][] = [
      ['malformed.json', '{"schemaVersion": 1, "frameworkId": ', 'not valid JSON'],
      ['truncated.json', BUNDLED.slice(0, Math.floor(BUNDLED.length / 2)), 'not valid JSON'],
      [
        'future.json',
        release((f) => {
          f.schemaVersion = 2;
          f.version = '9.0.0';
        }),
        'written for a newer version of MGI Workbench',
      ],
      [
        'wrong-format.json',
        release((f) => {
          f.schemaVersion = 'one';
          f.version = '1.0.1';
        }),
        'Schema version must be one of: 1; this file has “one”.',
      ],
      ['proto.json', BUNDLED.replace('{', '{"__proto__": {"polluted": true},'), 'contains a key (__proto__, constructor or prototype)'],
      [
        'constructor.json',
        release((f) => {
          f.title = { ...(f.title as object), ['constructor']: { prototype: { x: 1 } } };
          f.version = '1.0.2';
        }),
        'The file contains a key (__proto__, constructor or prototype)',
      ],
      [
        'script.json',
        release((f) => {
          f.version = '1.0.3';
          f.title = { en: '<script>alert(1)</script>', ar: 'عنوان' };
        }),
        'HTML or script code',
      ],
      [
        'link.json',
        release((f) => {
          f.version = '1.0.4';
          f.description = { en: 'See <a href="javascript:alert(1)">here</a>', ar: 'انظر' };
        }),
        'HTML or script code',
      ],
      ['same.json', BUNDLED, 'already installed'],
      ['empty.json', '', 'The file is empty.'],
      ['deep.json', `{"schemaVersion":1,"title":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, 'nested more than 64 levels deep'],
      [
        'bad-indicator.json',
        release((f) => {
          f.version = '1.0.5';
          (f.indicators as Record<string, unknown>[])[3]!.order = '4';
        }),
        'must be a whole number; this file has "4" in quotes.',
      ],
    ];
    for (const [name, content, expected] of cases) {
      expect(await pick(page, name, content), name).toContain(expected);
    }
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

    const dir = mkdtempSync(join(tmpdir(), 'mgi-big-'));
    const big = join(dir, 'huge.json');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    await page.getByLabel('Catalogue file (.json)').setInputFiles(big);
    await page.getByTestId('catalogue-import-status').filter({ hasText: 'larger than 5 MB' }).waitFor();

    expect(await dumpStore(page)).toEqual(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });

  it('adds a new release next to the bundled one, usable for new assessments, after a reload too', async () => {
    const { page, errors } = await cataloguePage();
    const status = await pick(
      page,
      'mgi-1.2.0.json',
      release((f) => {
        f.version = '1.2.0';
        f.released = '2026-12-30';
      }),
    );
    expect(status).toContain('version 1.2.0 was added');
    const row = page.locator('[data-catalogue-key="mgi-national@1.2.0"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Imported');
    expect(await page.locator('[data-catalogue-key="mgi-national@1.0.0"]').textContent()).toContain('Shipped with the app');
    expect((await dumpStore(page)).catalogues).toHaveLength(1);

    await page.goto(baseUrl());
    const select = page.getByRole('combobox', { name: 'Indicator catalogue' });
    await select.waitFor();
    // The form is drawn before the catalogues arrive ("Loading…"): wait for its list to fill.
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('1.2.0'), expect.stringContaining('1.0.0')]));
    await page.reload();
    await page.getByRole('combobox', { name: 'Indicator catalogue' }).waitFor();
    // The form is usable before the catalogues arrive ("Loading…"), so wait for the list to fill.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Indicator catalogue' }).locator('option').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('1.2.0')]));
    errors.assertClean();
    await page.context().close();
  });

  it('the catalogue and spreadsheet screens work in Arabic, right to left, with no serious accessibility problems', async () => {
    const { page, errors } = await cataloguePage();
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'أدلة المؤشرات' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await pick(page, 'bad.json', '{', 'ملف الدليل (\u200e.json)')).toContain('الملف ليس JSON صالحاً');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}#/assessments/none/spreadsheets`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'تحميل التقييم التجريبي' }).click();
    await page.waitForURL(/#\/assessments\//);
    await page.goto(`${baseUrl()}#/assessments/demo-demoland-round-2/spreadsheets`);
    await page.getByRole('heading', { level: 1, name: /جداول البيانات/ }).waitFor();
    await page.getByLabel('ملف جدول البيانات').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await page.context().close();
  });
});
