import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportPdf } from '@/report/build-report-pdf';
import { nodeFontLoader } from '@/report/node-font-loader';
import { AttachmentPolicyError, attachedReportData, publicReportData } from '@/report/report-attachment';
import { demoReportData, flat, pdfText } from './report-fixtures';

const demo = demoReportData();
const dir = mkdtempSync(join(tmpdir(), 'mgi-attachment-'));
const now = new Date('2026-11-22T10:00:00Z');

function attachments(file: string): string[] {
  return execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\s*\d+:\s*/, '').trim())
    .filter(Boolean);
}

function attachedJson(file: string): string {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  execFileSync('pdfdetach', ['-save', '1', '-o', out, file]);
  return readFileSync(out, 'utf8');
}

/**
 * Officials named in the validation record, and the member who locked it, are printed in the
 * report's Validation section, so they are public; every other member's name must stay out.
 */
function unprinted<M extends { name: string }>(members: readonly M[]): M[] {
  const rounds = [demo.bundle, demo.previous];
  const printed = rounds.flatMap((bundle) => bundle.assessment.validation?.meeting?.participants.map((p) => p.official) ?? []);
  const lockers = rounds.flatMap((bundle) =>
    bundle.members.filter((m) => m.id === bundle.assessment.validation?.lockedBy).map((m) => m.name),
  );
  const rest = members.filter((member) => !lockers.includes(member.name) && !printed.some((official) => official.includes(member.name)));
  expect(rest.length).toBeGreaterThan(0);
  return rest;
}

describe('what a report PDF carries', () => {
  it('projects the record to public data: no names, comments, history, own answers, dissent or rationale', () => {
    const full = { bundle: demo.bundle, previous: demo.previous };
    expect(demo.bundle.comments.length).toBeGreaterThan(0);
    expect(demo.bundle.history.length).toBeGreaterThan(0);
    const shown = publicReportData(full);
    for (const bundle of [shown.bundle, shown.previous!]) {
      expect(bundle.comments).toEqual([]);
      expect(bundle.history).toEqual([]);
      expect(
        bundle.responses.every(
          (r) =>
            Object.keys(r.memberAnswers).length === 0 &&
            r.dissent === '' &&
            r.agreedRationale === '' &&
            r.updatedBy === null &&
            r.assigneeId === null,
        ),
      ).toBe(true);
      expect(bundle.sources.every((s) => s.createdBy === null)).toBe(true);
    }
    const json = JSON.stringify(shown);
    for (const member of unprinted([...demo.bundle.members, ...demo.previous.members])) expect(json).not.toContain(member.name);
    // The printed facts survive: answers, justifications, how many members took part.
    expect(shown.bundle.responses.map((r) => [r.answer, r.justification])).toEqual(
      demo.bundle.responses.map((r) => [r.answer, r.justification]),
    );
    expect(shown.bundle.members).toHaveLength(demo.bundle.members.length);
  });

  it('attaches only the public data by default, and the annex says so', async () => {
    const report = await buildReportPdf(demo.bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      now,
    });
    const file = join(dir, 'public.pdf');
    writeFileSync(file, report.bytes);
    expect(attachments(file)).toEqual(['mgi-assessment-data.json']);
    const json = attachedJson(file);
    for (const member of unprinted(demo.bundle.members)) expect(json).not.toContain(member.name);
    expect(JSON.parse(json).bundle.comments).toEqual([]);
    const text = flat(pdfText(file));
    expect(text).toContain('It holds no member names (only the officials its Validation section prints)');
    expect(text).toContain('This is an integrity check, not a signature');
    expect(text).not.toContain('full record');
  }, 60_000);

  it('attaches nothing when asked', async () => {
    const report = await buildReportPdf(demo.bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      now,
      attachment: 'none',
    });
    const file = join(dir, 'none.pdf');
    writeFileSync(file, report.bytes);
    expect(attachments(file)).toEqual([]);
    expect(flat(pdfText(file))).toContain('No data is attached to this PDF.');
  }, 60_000);

  it('attaches the full record to an internal draft, and the cover says so', async () => {
    const report = await buildReportPdf(demo.bundle, {
      locale: 'en',
      catalogues: demo.catalogues,
      fonts: nodeFontLoader,
      previous: demo.previous,
      now,
      attachment: 'full',
    });
    const file = join(dir, 'full.pdf');
    writeFileSync(file, report.bytes);
    expect(JSON.parse(attachedJson(file)).bundle.comments.length).toBe(demo.bundle.comments.length);
    const cover = flat(execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(cover).toContain("Internal draft with the working group's full record attached");
  }, 60_000);

  it('refuses the full record for a published assessment', async () => {
    expect(demo.previous.assessment.phase).toBe('published');
    expect(() => attachedReportData({ bundle: demo.previous, previous: null }, 'full')).toThrow(AttachmentPolicyError);
    await expect(
      buildReportPdf(demo.previous, { locale: 'en', catalogues: demo.catalogues, fonts: nodeFontLoader, attachment: 'full' }),
    ).rejects.toThrow(AttachmentPolicyError);
  });
});
