import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltReport } from '@/report/build-report-pdf';
import { buildReportPdf, reportRebuilder } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { MAX_VERIFY_BYTES, verifyReportPdf } from '@/report/verify-report-pdf';
import { buildDemoReport, demoReportData, editPageText, tamperReportPdf } from './report-fixtures';

/** "Check a report PDF": the data against its fingerprint, then the printed text against a rebuild. */

const demo = demoReportData();
const rebuild = reportRebuilder(demo.catalogues, nodeFontLoader);
let english: BuiltReport;

beforeAll(async () => {
  english = await buildDemoReport('en');
}, 60_000);

describe('checking a report PDF', () => {
  it('passes an untouched report: fingerprint printed and computed agree, every page matches the rebuild', async () => {
    const result = await verifyReportPdf(english.bytes, { rebuild });
    expect(result).toMatchObject({
      ok: true,
      fingerprint: english.fingerprint,
      printedFingerprint: english.fingerprint,
      pagesChecked: english.pages,
    });
  }, 60_000);

  it('rebuilds a report with the contents chosen at export (a publication of a draft), so it still passes', async () => {
    const { PUBLICATION_EXTRAS } = await import('@/domain/printed-texts');
    const publication = await buildReportPdf(demo.bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      now: new Date('2026-11-22T10:00:00Z'),
      extras: PUBLICATION_EXTRAS,
    });
    expect(publication.pages).toBeLessThan(english.pages);
    expect(await verifyReportPdf(publication.bytes, { rebuild })).toMatchObject({ ok: true, pagesChecked: publication.pages });
  }, 120_000);

  it('names the first page whose printed text was edited, though the data is untouched', async () => {
    const edited = await editPageText(english.bytes, 4);
    expect(await verifyReportPdf(edited)).toMatchObject({ ok: true });
    expect(await verifyReportPdf(edited, { rebuild })).toMatchObject({ ok: false, reason: 'text-differs', page: 4 });
  }, 60_000);

  it('says a PDF whose pages an earlier version drew differently was made by it, instead of "text differs"', async () => {
    const { REPORT_DRAWING_VERSION } = await import('@/report/report-version');
    const build = (producedBy: { app: string; drawing: number } | null) =>
      buildReportPdf(demo.bundle, {
        locale: 'en',
        catalogues: demo.catalogues,
        fonts: nodeFontLoader,
        previous: demo.previous,
        now: new Date('2026-11-22T10:00:00Z'),
        extras: { indicatorTable: false, answerCounts: false, sdg: false, gcm: false, comparison: false },
        producedBy,
      });
    // Pages that differ from this version's drawing stand in for an older drawing.
    const older = await build({ app: '0.0.9', drawing: REPORT_DRAWING_VERSION - 1 });
    expect(await verifyReportPdf(older.bytes, { rebuild })).toMatchObject({ ok: true });
    expect(await verifyReportPdf(await editPageText(older.bytes, 4), { rebuild })).toMatchObject({
      ok: false,
      reason: 'earlier-version',
      detail: '0.0.9',
      found: REPORT_DRAWING_VERSION - 1,
      expected: REPORT_DRAWING_VERSION,
      printedFingerprint: older.fingerprint,
      fingerprint: older.fingerprint,
    });
    // A report made before the producer was recorded: the first drawing, version unknown.
    const legacy = await build(null);
    expect(await verifyReportPdf(legacy.bytes, { rebuild })).toMatchObject({ ok: true });
    const legacyResult = await verifyReportPdf(await editPageText(legacy.bytes, 4), { rebuild });
    expect(legacyResult).toMatchObject({ ok: false, reason: 'earlier-version', found: 1 });
    expect(legacyResult.ok || legacyResult.detail).toBeUndefined();
    const newer = await build({ app: '9.0.0', drawing: REPORT_DRAWING_VERSION + 1 });
    expect(await verifyReportPdf(await editPageText(newer.bytes, 4), { rebuild })).toMatchObject({
      ok: false,
      reason: 'later-version',
      detail: '9.0.0',
    });
    // By default a report names this app's version, the one in package.json.
    const { APP_VERSION } = await import('@/report/report-version');
    const { readFileSync } = await import('node:fs');
    expect(APP_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    const plain = await verifyReportPdf(english.bytes);
    expect(plain.ok && plain.data.producedBy).toEqual({ app: APP_VERSION, drawing: REPORT_DRAWING_VERSION });
    // The producer is part of the fingerprinted data: claiming an older drawing afterwards is caught.
    const current = await build({ app: '0.1.0', drawing: REPORT_DRAWING_VERSION });
    const relabelled = await tamperReportPdf(current.bytes, (json) =>
      json.replace(`"drawing":${REPORT_DRAWING_VERSION}`, `"drawing":${REPORT_DRAWING_VERSION - 1}`),
    );
    expect(await verifyReportPdf(relabelled, { rebuild })).toMatchObject({ ok: false, reason: 'tampered' });
  }, 180_000);

  it('catches a changed attachment, and shows both fingerprints', async () => {
    const tampered = await tamperReportPdf(english.bytes, (json) => json.replace('"answer":"no"', '"answer":"yes"'));
    const result = await verifyReportPdf(tampered, { rebuild });
    expect(result).toMatchObject({ ok: false, reason: 'tampered', printedFingerprint: english.fingerprint });
    expect(!result.ok && result.fingerprint).not.toBe(english.fingerprint);
  });

  it('says what is wrong with other files, each specifically', async () => {
    expect(await verifyReportPdf(new TextEncoder().encode('hello'))).toEqual({ ok: false, reason: 'not-pdf' });
    const foreign = new Uint8Array(new jsPDF().text('plain', 10, 10).output('arraybuffer'));
    expect(await verifyReportPdf(foreign)).toEqual({ ok: false, reason: 'foreign' });
    const bare = await buildReportPdf(demo.bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      attachment: 'none',
    });
    expect(await verifyReportPdf(bare.bytes)).toEqual({ ok: false, reason: 'no-data' });
    expect((await verifyReportPdf(english.bytes.slice(0, 2000))).ok).toBe(false);
  }, 60_000);

  it('refuses a 200 MB file at once, without parsing it', async () => {
    const huge = new Uint8Array(200 * 1024 * 1024);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(MAX_VERIFY_BYTES).toBeLessThan(huge.length);
    expect(await verifyReportPdf(huge)).toEqual({ ok: false, reason: 'too-large', found: huge.length, expected: MAX_VERIFY_BYTES });
  });
});
