import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_COUNTRY_NAME,
  DEMO_KNOWN_JUSTIFICATION,
  DEMO_KNOWN_JUSTIFICATION_AR,
  DEMO_KNOWN_JUSTIFICATION_INDICATOR,
} from '@/demo/demo-assessment';
import { DEMO_TERRITORIAL_SCOPE } from '@/demo/demo-profile';
import { DEMO_RESERVATION, DEMO_RESERVATION_AR } from '@/demo/demo-validation';
import { localize } from '@/domain/localized-text';
import type { ReportExtras } from '@/domain/printed-texts';
import { PUBLICATION_EXTRAS, WORKING_DRAFT_EXTRAS } from '@/domain/printed-texts';
import type { Translate } from '@/report/report-context';
import { resolveReportContext } from '@/report/report-context';
import type { ReportModel } from '@/report/report-model';
import { buildReportModel } from '@/report/report-model';
import { reportTranslator } from '@/report/report-strings';
import { demoReportData } from './report-fixtures';

const demo = demoReportData();
const catalogue = demo.catalogues.catalogues.find((c) => c.frameworkId === 'mgi-national')!;
let en: Translate;
let ar: Translate;
beforeAll(async () => {
  en = await reportTranslator('en');
  ar = await reportTranslator('ar');
});

function model(
  locale: 'en' | 'ar',
  overrides: { phase?: 'validated' | 'consultation'; previous?: boolean; options?: ReportExtras } = {},
): ReportModel {
  const bundle = overrides.phase ? { ...demo.bundle, assessment: { ...demo.bundle.assessment, phase: overrides.phase } } : demo.bundle;
  const data = { bundle, previous: overrides.previous === false ? null : demo.previous };
  return buildReportModel(
    resolveReportContext(data, demo.catalogues, {
      locale,
      t: locale === 'en' ? en : ar,
      fingerprint: 'f'.repeat(64),
      generatedAt: '2026-11-22T10:00:00.000Z',
      extras: overrides.options,
    }),
  );
}

const tableRows = (report: ReportModel, sectionId: string) =>
  report.sections.find((s) => s.id === sectionId)!.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));

describe('report model', () => {
  it('has a cover with country, territorial scope, level, round, catalogue version, status, date and publisher', () => {
    const report = model('en');
    expect(report.cover.country).toBe(DEMO_COUNTRY_NAME.en);
    expect(report.cover.facts.map((fact) => fact.value)).toEqual([
      DEMO_TERRITORIAL_SCOPE.en,
      'National',
      'Round 2 (2026)',
      `${catalogue.title.en}, version ${catalogue.version}`,
      'Inter-ministerial consultation',
      '22 November 2026',
      'International Organization for Migration (IOM)',
    ]);
    expect(report.meta.title).toBe(`Migration Governance Indicators: ${DEMO_COUNTRY_NAME.en}`);
    expect(report.meta.keywords).toContain('SDG 10.7.2');
  });

  it('has the sections of a published MGI profile, then the working draft’s extras', () => {
    const profileSections = [
      'front-matter',
      'objective',
      'introduction',
      'conceptual-framework',
      'validation',
      'key-findings',
      ...catalogue.domains.map((domain) => `domain-${domain.id}`),
    ];
    expect(model('en').sections.map((section) => section.id)).toEqual([
      ...profileSections,
      'key-data',
      'priorities',
      'sdg-10-7-2',
      'gcm',
      'comparison',
      'sources',
      'indicators',
    ]);
    expect(model('en', { previous: false }).sections.map((s) => s.id)).not.toContain('comparison');
    // A validated profile prints what IOM prints: no indicator table, counts, SDG reading or comparison.
    expect(model('en', { phase: 'validated' }).sections.map((s) => s.id)).toEqual([
      ...profileSections,
      'key-data',
      'priorities',
      'gcm',
      'sources',
    ]);
    expect(
      model('en', { phase: 'validated' })
        .sections.flatMap((s) => s.blocks)
        .some((block) => block.kind === 'chart' && block.chart.title === en('report:charts.domainsTitle')),
    ).toBe(false);
    expect(model('en', { options: PUBLICATION_EXTRAS }).sections.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Objective', 'Conceptual framework', 'Key findings', 'Key sources']),
    );
  });

  it('prints findings as statements with their heading and key-source numbers', () => {
    const report = model('en');
    const items = report.sections.find((s) => s.id === 'domain-D1')!.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item).toMatch(/^[^:]+: .+\. \[\d+(, \d+)*\]$/);
  });

  it('lists every indicator with its answer and justification in the working draft’s annex', () => {
    const rows = tableRows(model('en'), 'indicators');
    expect(rows.map((row) => row[0])).toEqual(catalogue.indicators.map((i) => i.id));
    const known = rows.find((row) => row[0] === DEMO_KNOWN_JUSTIFICATION_INDICATOR)!;
    expect(known[3]).toBe(DEMO_KNOWN_JUSTIFICATION);
    expect(known[1]).toBe(catalogue.indicators.find((i) => i.id === DEMO_KNOWN_JUSTIFICATION_INDICATOR)!.question.en);
  });

  it('writes the whole report in Arabic, right to left, with Arabic justifications', () => {
    const report = model('ar');
    expect(report.direction).toBe('rtl');
    expect(report.cover.country).toBe(DEMO_COUNTRY_NAME.ar);
    expect(report.sections.slice(6, 12).map((section) => section.title)).toEqual(
      catalogue.domains.map((domain) => localize(domain.title, 'ar')),
    );
    const row = tableRows(report, 'indicators').find((r) => r[0] === DEMO_KNOWN_JUSTIFICATION_INDICATOR)!;
    expect(row[1]).toBe(catalogue.indicators.find((i) => i.id === DEMO_KNOWN_JUSTIFICATION_INDICATOR)!.question.ar);
    expect(row[3]).toBe(DEMO_KNOWN_JUSTIFICATION_AR);
    expect(report.contentsTitle).toBe('المحتويات');
    expect(report.untranslatedPlaces).toBe(0);
  });

  it('prints the original with a mark in the report’s language where a translation is missing, and counts the places', () => {
    const [first, ...rest] = demo.bundle.responses;
    const arabicOnly = {
      ...first!,
      justification: 'نص عربي فقط.',
      translations: { justification: { original: 'ar' as const, other: '', checked: false, same: false } },
    };
    const bundle = { ...demo.bundle, responses: [arabicOnly, ...rest] };
    const report = buildReportModel(
      resolveReportContext({ bundle, previous: null }, demo.catalogues, {
        locale: 'en',
        t: en,
        fingerprint: 'f'.repeat(64),
        generatedAt: '2026-11-22T10:00:00.000Z',
        extras: WORKING_DRAFT_EXTRAS,
      }),
    );
    expect(tableRows(report, 'indicators').find((row) => row[0] === first!.indicatorId)?.[3]).toBe('[Not yet translated] نص عربي فقط.');
    expect(report.untranslatedPlaces).toBeGreaterThanOrEqual(1);
    expect(report.cover.notes.join(' ')).toMatch(/not yet translated into English/);
  });

  it('prints the validation record of a validated round, and says so when a round is not validated', () => {
    const baseline = (locale: 'en' | 'ar') =>
      buildReportModel(
        resolveReportContext({ bundle: demo.previous, previous: null }, demo.catalogues, {
          locale,
          t: locale === 'en' ? en : ar,
          fingerprint: 'f'.repeat(64),
          generatedAt: '2026-11-22T10:00:00.000Z',
        }),
      );
    for (const locale of ['en', 'ar'] as const) {
      const section = baseline(locale).sections.find((s) => s.id === 'validation')!;
      const text = section.blocks
        .map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : b.kind === 'table' ? b.rows.flat().join(' ') : ''))
        .join(' ');
      expect(section.title).toBe(locale === 'en' ? 'Validation' : 'المصادقة');
      expect(text).toContain('Northern Regional Government (demo)');
      expect(text).toContain('Amal Haddad (Ministry of Interior)');
      // Both meetings, numbered, each with its place and who was there.
      const headings = section.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      expect(headings.filter((h) => /Validation meeting [12]|اجتماع المصادقة [12١٢]/.test(h))).toHaveLength(2);
      expect(text).toContain('Regional Governorate Council, North City (demo)');
      expect(text).toContain('Sami Dosky, Director of Employment');
      // The reservation in the report's own language (the demo's is translated and checked), never the other.
      expect(text).toContain(locale === 'en' ? DEMO_RESERVATION : DEMO_RESERVATION_AR);
      expect(text).not.toContain(locale === 'en' ? DEMO_RESERVATION_AR : DEMO_RESERVATION);
      for (const reservation of demo.previous.assessment.validation!.lockReservations!)
        for (const id of reservation.indicatorIds) expect(text).toContain(id);
    }
    // The labour-migration reservation sits on the domain that holds labour migration (D4, well-being of migrants).
    const reserved = demo.previous.assessment.validation!.decisions.filter((d) => d.decision === 'validated-with-reservations');
    expect(reserved.map((d) => d.domainId)).toEqual(['D4']);
    expect(baseline('en').sections.find((s) => s.id === 'validation')!.blocks[0]).toMatchObject({
      text: expect.stringMatching(/^Validated with reservations and locked on \d+ \w+ 2022 by Amal Haddad/),
    });
    const open = model('en').sections.find((s) => s.id === 'validation')!;
    expect(open.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ')).toMatch(
      /has not been validated by the government yet|not locked yet/,
    );
  });

  it('marks every page as a draft until the assessment is validated, in the report language', () => {
    expect(model('en').watermark).toBe('DRAFT');
    expect(model('ar').watermark).toBe('مسودة');
    expect(model('en', { phase: 'validated' }).watermark).toBeNull();
    expect(model('en', { phase: 'validated' }).cover.notes).not.toContain(en('report:cover.draftNote'));
  });

  it('lists each key source once, numbered, and prints the data fingerprint', () => {
    const report = model('en');
    const sources = report.sections.find((s) => s.id === 'sources')!;
    const items = sources.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    const titles = new Set(demo.bundle.sources.map((source) => source.title));
    expect(items).toHaveLength(titles.size);
    expect(items[0]).toMatch(/^\[1\] /);
    const annex = sources.blocks.map((block) => (block.kind === 'paragraph' ? block.text : '')).join(' ');
    expect(annex).toContain('f'.repeat(64));
  });

  it('charts the answers of each domain with counts that add up to its indicators', () => {
    const findings = model('en').sections.find((s) => s.id === 'key-findings')!;
    const chart = findings.blocks.find((block) => block.kind === 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    expect(chart.chart.categories.map((c) => c.values.reduce((a, b) => a + b, 0))).toEqual(
      catalogue.domains.map((domain) => catalogue.indicators.filter((i) => i.domainId === domain.id).length),
    );
  });
});
