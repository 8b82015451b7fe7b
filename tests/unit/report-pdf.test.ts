import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNTRY_NAME } from '@/demo/demo-assessment';
import type { BuiltReport } from '@/report/build-report-pdf';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { verifyReportPdf } from '@/report/verify-report-pdf';
import { publicBundle } from '@/report/report-attachment';
import { demoReportData, flat, pdfText, tamperReportPdf } from './report-fixtures';

const demo = demoReportData();
const dir = mkdtempSync(join(tmpdir(), 'mgi-report-'));
let english: BuiltReport;
const progress: string[] = [];

beforeAll(async () => {
  english = await buildReportPdf(demo.bundle, {
    locale: 'en',
    catalogues: demo.catalogues,
    fonts: nodeFontLoader,
    previous: demo.previous,
    now: new Date('2026-11-22T10:00:00Z'),
    onProgress: (p) => progress.push(p.stage),
  });
  writeFileSync(join(dir, 'en.pdf'), english.bytes);
}, 60_000);

describe('building the report PDF in Node', () => {
  it('returns a PDF, its page count and a file name, reporting progress by stage', () => {
    expect(new TextDecoder().decode(english.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(english.pages).toBeGreaterThan(20);
    expect(execFileSync('pdfinfo', [join(dir, 'en.pdf')], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${english.pages}\\b`));
    expect(english.fileName).toBe('mgi-profile-XD-round-2-2026-en.pdf');
    expect([...new Set(progress)]).toEqual(['fonts', 'content', 'pages', 'finishing']);
  });

  it('writes searchable metadata and text, with page x of y', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'en.pdf')], { encoding: 'utf8' });
    expect(info).toContain(`Title:           Migration Governance Indicators: ${DEMO_COUNTRY_NAME.en}`);
    expect(info).toContain('Creator:         MGI Workbench');
    expect(info).toMatch(/Keywords:.*SDG 10\.7\.2/);
    const text = flat(pdfText(join(dir, 'en.pdf')));
    expect(text).toContain(`Page 3 of ${english.pages}`);
    expect(text).toContain('Contents');
    expect(text).toContain('SHA-256 fingerprint of the attached data:');
    expect(text).toContain(english.fingerprint);
  });

  it('lists the contents as bookmarks that open the right pages', async () => {
    const { PDFDict, PDFDocument, PDFHexString, PDFName } = await import('pdf-lib');
    const pdf = await PDFDocument.load(english.bytes);
    const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    let item = outlines.lookup(PDFName.of('First'));
    while (item instanceof PDFDict) {
      titles.push(item.lookup(PDFName.of('Title'), PDFHexString).decodeText());
      item = item.lookup(PDFName.of('Next'));
    }
    expect(titles).toEqual(['Contents', ...english.model.sections.map((section) => section.title)]);
    expect(pdf.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('prints the draft watermark on every page of a draft, and none once published', () => {
    const draftRaw = flat(pdfText(join(dir, 'en.pdf'), 'raw'));
    expect(draftRaw.split('D R A F T').length - 1).toBe(english.pages);
  });

  it('has no watermark on a published round', async () => {
    const published = await buildReportPdf(demo.previous, { locale: 'en', catalogues: demo.catalogues, fonts: nodeFontLoader });
    expect(demo.previous.assessment.phase).toBe('published');
    writeFileSync(join(dir, 'published.pdf'), published.bytes);
    const raw = flat(pdfText(join(dir, 'published.pdf'), 'raw'));
    expect(raw).toContain('Country profile');
    expect(raw).not.toContain('D R A F T');
    expect(raw).not.toContain('Draft: the working group');
  }, 60_000);

  it('builds the same data into the same fingerprint, whatever the language', async () => {
    const arabic = await buildReportPdf(demo.bundle, {
      locale: 'ar',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
    });
    expect(arabic.fingerprint).toBe(english.fingerprint);
    expect(arabic.fileName).toMatch(/-ar\.pdf$/);
  }, 60_000);
});

describe('verifying a report PDF', () => {
  it('accepts an untouched report and returns the data it was built from', async () => {
    const result = await verifyReportPdf(english.bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fingerprint).toBe(english.fingerprint);
    expect(result.bundle.assessment.id).toBe(demo.bundle.assessment.id);
    expect(result.bundle.responses).toEqual(publicBundle(demo.bundle).responses);
    expect(result.data.previous?.assessment.id).toBe(demo.previous.assessment.id);
  });

  it('rejects a report whose data was changed after export', async () => {
    const tampered = await tamperReportPdf(english.bytes, (json) => json.replace('"answer":"no"', '"answer":"yes"'));
    expect(await verifyReportPdf(tampered)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('says why other files fail: not a PDF, or a PDF without report data', async () => {
    expect(await verifyReportPdf(new TextEncoder().encode('hello'))).toEqual({ ok: false, reason: 'not-pdf' });
    const plain = new Uint8Array(new jsPDF().text('plain', 10, 10).output('arraybuffer'));
    expect(await verifyReportPdf(plain)).toEqual({ ok: false, reason: 'foreign' });
    const truncated = english.bytes.slice(0, 2000);
    expect((await verifyReportPdf(truncated)).ok).toBe(false);
  });
});
