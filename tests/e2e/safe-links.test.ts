import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '@/domain/assessment';
import { serializePackage } from '@/interchange/package-format';
import { pdfText } from '../unit/report-fixtures';
import { HOSTILE_URLS } from '../unit/hostile-urls';
import { baseUrl, launchBrowser, watchForErrors } from './support/browser';
import { assessment, AT, hostilePackage } from './support/hostile-package';

/**
 * Issue 16, point 1: every screen that shows a source, and the PDF, with sources whose URLs are
 * the schemes browsers still run (javascript:, vbscript:, data:, mixed case, tabs, newlines,
 * control characters…). No element anywhere may link to anything but http(s) or mailto, and the
 * PDF may carry no link annotation to anything else.
 */

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'mgi-safe-links-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SAFE = ['https://laws.example.org/act', 'mailto:secretariat@example.org'];
const sources: Source[] = [...HOSTILE_URLS, ...SAFE].map((url, index) => ({
  id: `src-${index}`,
  assessmentId: assessment.id,
  indicatorId: 'D1.1.1',
  type: 'website',
  title: `Law ${index}`,
  section: '',
  date: '2024',
  url,
  excerpt: '',
  createdAt: AT,
  createdBy: null,
}));

/** Every link-like attribute in the page whose resolved scheme is not http(s) or mailto. */
function dangerousLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const allowed = new Set(['http:', 'https:', 'mailto:']);
    const found: string[] = [];
    for (const element of document.querySelectorAll('a, area, [href], [xlink\\:href], form[action], iframe, embed, object')) {
      for (const name of ['href', 'xlink:href', 'action', 'src', 'data']) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        let protocol = 'unparseable:';
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          // An href that is no URL at all is no link either, but report it: nothing should render one.
        }
        if (!allowed.has(protocol)) found.push(`${element.tagName}[${name}]=${value}`);
      }
    }
    return found;
  });
}

async function expectNoDangerousLinks(page: Page, screen: string): Promise<void> {
  expect(await dangerousLinks(page), screen).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null), screen).toBeNull();
}

/** The sources list shows each hostile URL as text; the two safe ones (and only they) as links. */
async function expectSourcesInert(page: Page, container: ReturnType<Page['getByTestId']>, screen: string): Promise<void> {
  await container.getByText('vbscript:msgbox(1)').first().waitFor();
  const hrefs = await container.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(
    hrefs.filter((href) => !href?.startsWith('#')),
    screen,
  ).toEqual(SAFE);
}

describe('source URLs are never live script links', () => {
  it('shows hostile URLs as text on every screen that shows a source, and the PDF has no such link', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const content = hostilePackage('device-links', 'Immigration Act, section 4', SAFE[0]!);
    const file = join(dir, 'links.json');
    writeFileSync(file, (await serializePackage({ ...content, bundle: { ...content.bundle, sources } })).text);
    await page.goto(`${baseUrl()}#/exchange`);
    await page.getByLabel('Member package file (.json)').setInputFiles(file);
    await page.getByRole('button', { name: 'Create the assessment' }).click();
    await page.getByText('The assessment was created from the package.').waitFor();
    // The detector itself finds a planted script link, even one spelt with a tab.
    await page.evaluate(() => {
      document.body.appendChild(document.createElement('a')).setAttribute('href', 'java\tscript:alert(1)');
    });
    expect(await dangerousLinks(page)).toEqual(['A[href]=java\tscript:alert(1)']);
    await page.evaluate(() => document.querySelector('a[href^="java"]')?.remove());
    await expectNoDangerousLinks(page, 'exchange');

    const at = (section: string, query = '') =>
      `${baseUrl()}#/assessments/${encodeURIComponent(assessment.id)}${section ? `/${section}` : ''}${query}`;

    // Workspace with the indicator detail open: its sources panel.
    await page.goto(at('', '?indicator=D1.1.1'));
    const detail = page.getByTestId('indicator-detail');
    await detail.waitFor();
    await expectSourcesInert(page, detail, 'indicator detail');
    await expectNoDangerousLinks(page, 'workspace');

    // Room mode over the same workspace.
    await page.getByRole('button', { name: 'Room mode' }).click();
    await page.getByTestId('room-mode').waitFor();
    await expectNoDangerousLinks(page, 'room mode');
    await page.getByRole('button', { name: 'Leave room mode' }).click();

    // The profile, and its evidence panel for the domain that holds D1.1.1.
    await page.goto(at('profile'));
    await page.getByTestId('chart-domains').locator('.recharts-bar-rectangle path').first().waitFor();
    await expectNoDangerousLinks(page, 'profile');
    await page.getByTestId('chart-domains').locator('.recharts-bar-rectangle path').first().click();
    const evidence = page.getByTestId('evidence-panel');
    await evidence.locator('[data-evidence-indicator="D1.1.1"]').waitFor();
    await expectSourcesInert(page, evidence, 'evidence panel');
    await expectNoDangerousLinks(page, 'evidence panel');

    for (const [section, heading] of [
      ['validation', /Validation/],
      ['translation', /Translation|translat/i],
      ['exchange', /Exchange|package/i],
      ['spreadsheets', /Spreadsheets/],
    ] as const) {
      await page.goto(at(section));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoDangerousLinks(page, section);
    }

    // The report screen, and the PDF it exports: the URLs are printed, never linked.
    await page.goto(at('report'));
    await page.getByRole('heading', { level: 1, name: /^Report: / }).waitFor();
    await expectNoDangerousLinks(page, 'report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
    const pdf = join(dir, 'report.pdf');
    await download.saveAs(pdf);
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain('vbscript:msgbox(1)');
    const targets = await linkTargets(readFileSync(pdf));
    // The contents page links to the sections (so the reading sees annotations at all); nothing else links anywhere.
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https?:|mailto:|page )/i.test(target))).toEqual([]);

    errors.assertClean();
    await context.close();
  }, 180_000);
});

/** Where each link annotation of a PDF leads: a URI, a launched file, a script, or "page N" inside the file. */
async function linkTargets(bytes: Uint8Array): Promise<string[]> {
  const { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, PDFArray } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const targets: string[] = [];
  for (const [index, page] of pdf.getPages().entries()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let at = 0; at < annots.size(); at += 1) {
      const annot = annots.lookup(at);
      if (!(annot instanceof PDFDict)) continue;
      const action = annot.lookup(PDFName.of('A'));
      if (!(action instanceof PDFDict)) {
        targets.push(annot.has(PDFName.of('Dest')) ? 'page (destination)' : `annotation without action on page ${index + 1}`);
        continue;
      }
      const kind = action.lookup(PDFName.of('S'));
      const uri = action.lookup(PDFName.of('URI'));
      if (kind === PDFName.of('URI') && (uri instanceof PDFString || uri instanceof PDFHexString)) targets.push(uri.decodeText());
      else if (kind === PDFName.of('GoTo')) targets.push('page (go to)');
      else targets.push(`${String(kind)} action on page ${index + 1}`);
    }
  }
  return targets;
}
