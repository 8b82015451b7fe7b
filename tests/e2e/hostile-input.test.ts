import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePackage } from '@/interchange/package-format';
import { serializeBackup } from '@/interchange/backup-format';
import arabicPeople from '@/i18n/locales/ar/people.json';
import { baseUrl, launchBrowser, seriousAxeViolations, watchForErrors } from './support/browser';
import { storeHash } from './support/store';
import { assessment, AT, hostilePackage, SCRIPT } from './support/hostile-package';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'mgi-hostile-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function expectRefused(page: Page, input: string, path: string, message: string | RegExp, alertTestId: string): Promise<void> {
  const before = await storeHash(page);
  await page.getByLabel(input).setInputFiles(path);
  await page.getByTestId(alertTestId).getByText(message).waitFor();
  expect(await storeHash(page)).toBe(before);
}

describe('hostile and broken files change nothing', () => {
  it('refuses each broken package and backup with its own message, leaving the store exactly as it was', async () => {
    const { text: valid } = await serializePackage(hostilePackage('device-a', 'fine', 'https://example.org'));
    const file = JSON.parse(valid) as Record<string, unknown>;
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024); // 100 MB, sparse: it must be refused by its size alone
    const backup = await serializeBackup(
      {
        createdAt: AT,
        schemaVersion: 1,
        scope: { kind: 'all' },
        tables: {
          assessments: [],
          responses: [],
          sources: [],
          comments: [],
          members: [],
          history: [],
          profiles: [],
          snapshots: [],
          meta: [],
          catalogues: [],
        },
      },
      null,
    );
    const packageCases: [string, string, string | RegExp][] = [
      ['malformed.json', '{"format": mgi-workbench}', 'not a package or backup of MGI Workbench (it is not valid JSON text)'],
      ['future.json', JSON.stringify({ ...file, formatVersion: 7 }), /written by a newer version of MGI Workbench \(format 7/],
      ['truncated.json', valid.slice(0, Math.floor(valid.length * 0.6)), /The file is incomplete/],
      [
        'proto.json',
        valid.replace('"memberAnswers":{}', '"memberAnswers":{"__proto__":{"isAdmin":true}}'),
        'The file contains a field name (__proto__) that no file of MGI Workbench has and that could be used to attack the app, so it was refused.',
      ],
      [
        'constructor.json',
        valid.replace('"bases":{}', '"bases":{"constructor":{"prototype":{}}}'),
        /a field name \(constructor\) that no file of MGI Workbench has/,
      ],
      ['tampered.json', valid.replace('"answer":"all"', '"answer":"none"'), /its checksum does not match/],
      ['backup.json', backup, 'This file is a backup, not a member package. Restore it on the Storage page.'],
      ['other.json', '{"hello":"world"}', 'This is not a file of MGI Workbench: it is JSON text, but not a member package or a backup.'],
      [
        'invalid.json',
        (await serializePackage({ ...hostilePackage('device-a', 'x', ''), exportedAt: 'yesterday' })).text,
        /This file cannot be used. Export time must be a date and time such as 2026-05-01T09:00:00Z; this file has “yesterday”./,
      ],
    ];
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Load demo assessment' }).click();
    await page.waitForURL(/profile/);

    await page.goto(`${baseUrl()}#/exchange`);
    await expectRefused(
      page,
      'Member package file (.json)',
      huge,
      'The file is larger than 20 MB, too large to be a package or backup of MGI Workbench. It was not read.',
      'import-error',
    );
    for (const [name, text, message] of packageCases) {
      await expectRefused(page, 'Member package file (.json)', await write(name, text), message, 'import-error');
    }

    await page.goto(`${baseUrl()}#/storage`);
    const backupCases: [string, string, string | RegExp][] = [
      ['b-malformed.json', 'not json at all', /not valid JSON text/],
      ['b-future.json', backup.replace('"formatVersion":1', '"formatVersion":3'), /newer version of MGI Workbench \(format 3/],
      ['b-truncated.json', backup.slice(0, backup.length - 20), /The file is incomplete/],
      [
        'b-proto.json',
        backup.replace('"meta":[]', '"meta":[{"key":"x","value":{"__proto__":{"polluted":1}}}]'),
        /a field name \(__proto__\) that no file of MGI Workbench has/,
      ],
      ['b-package.json', valid, 'This file is a member package, not a backup. Import it on the Exchange page.'],
    ];
    await expectRefused(page, 'Backup file (.json)', huge, /larger than 80 MB/, 'restore-error');
    for (const [name, text, message] of backupCases) {
      await expectRefused(page, 'Backup file (.json)', await write(name, text), message, 'restore-error');
    }
    // The same refusal, in Arabic.
    await page.getByTestId('language-select').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'التخزين والنسخ الاحتياطي والاستعادة' }).waitFor();
    await expectRefused(
      page,
      'ملف النسخة الاحتياطية (\u200e.json)',
      await write('b-ar.json', 'not json'),
      'هذا الملف ليس حزمة ولا نسخة احتياطية من MGI Workbench (ليس نص JSON صالحًا).',
      'restore-error',
    );
    // Nothing reached Object.prototype through the __proto__ payloads.
    expect(
      await page.evaluate(() => [({} as Record<string, unknown>).isAdmin ?? null, ({} as Record<string, unknown>).polluted ?? null]),
    ).toEqual([null, null]);
    errors.assertClean();
    await context.close();
  });

  it('shows HTML, script and javascript:/data: URL payloads from a package only as inert text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const first = await write(
      'payload-1.json',
      (await serializePackage(hostilePackage('device-a', `A ${SCRIPT}`, 'javascript:window.__pwned=3'))).text,
    );
    const second = await write(
      'payload-2.json',
      (await serializePackage(hostilePackage('device-b', `B ${SCRIPT}`, 'data:text/html,<script>window.__pwned=4</script>'))).text,
    );
    await page.goto(`${baseUrl()}#/exchange`);
    await page.getByLabel('Member package file (.json)').setInputFiles(first);
    await page.getByRole('button', { name: 'Create the assessment' }).click();
    await page.getByText('The assessment was created from the package.').waitFor();

    // A second member's package conflicts on the very fields that carry the payloads.
    await page.goto(`${baseUrl()}#/assessments/${assessment.id}/exchange`);
    await page.getByLabel('Member package file (.json)').setInputFiles(second);
    await page.getByRole('heading', { name: /^Conflicts: / }).waitFor();
    await page.getByText(`B ${SCRIPT}`).waitFor();
    await page.getByText(/data:text\/html,<script>/).waitFor();
    await page.getByText(/javascript:window.__pwned=3/).waitFor();

    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      images: document.querySelectorAll('main img').length,
      scripts: document.querySelectorAll('main script').length,
      dangerousLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
    }));
    expect(injected).toEqual({ pwned: null, images: 0, scripts: 0, dangerousLinks: [] });
    // The conflict screen in Arabic: right to left, choices translated, nothing serious for axe.
    await page.getByTestId('language-select').selectOption('ar');
    await page.locator('html[dir="rtl"]').waitFor();
    const takeTheirs = arabicPeople.packages.takeTheirs.split('{{')[0] ?? '';
    await page
      .getByRole('radio', { name: new RegExp(`^${takeTheirs}`) })
      .first()
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    errors.assertClean();
    await context.close();
  });
});
