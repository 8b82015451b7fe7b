import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltReport } from '@/report/build-report-pdf';
import { buildReportPdf, reportRebuilder } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { MAX_VERIFY_BYTES, verifyReportPdf } from '@/report/verify-report-pdf';
import { demoReportData, editPageText, tamperReportPdf } from './report-fixtures';

/** "Check a report PDF": the data against its fingerprint, then the printed text against a rebuild. */

const demo = demoReportData();
const rebuild = reportRebuilder(demo.catalogues, nodeFontLoader);
let english: BuiltReport;

beforeAll(async () => {
  english = await buildReportPdf(demo.bundle, {
    locale: 'en',
    catalogues: demo.catalogues,
    fonts: nodeFontLoader,
    previous: demo.previous,
    now: new Date('2026-11-22T10:00:00Z'),
  });
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
