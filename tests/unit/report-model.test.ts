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
import { layoutBarChart, wrapLabel } from '@/report/chart-layout';
import { orderedForDirection } from '@/report/pdf-table';
import { displayPieces, paragraphIsRtl, resolveParagraph, stripBidiMarks } from '@/report/pdf-bidi';
import type { Translate } from '@/report/report-context';
import { resolveReportContext } from '@/report/report-context';
import { parseReportData, ReportInputError, serializeReportData } from '@/report/report-input';
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

describe('chart layout', () => {
  const measure = (text: string, size: number) => text.length * size * 0.18;
  const chart = {
    id: 'c',
    title: 'Chart',
    series: [
      { key: 'a', label: 'A', color: '#1f5f8b' },
      { key: 'b', label: 'B', color: '#e0a030' },
    ],
    categories: [
      { key: 'x', label: 'First', values: [3, 1], total: '4' },
      { key: 'y', label: 'Second', values: [0, 2], total: '2' },
    ],
    max: 4,
    valueLabels: [
      ['3', '1'],
      ['', '2'],
    ],
  };

  it('draws bars proportional to their values inside the chart width', () => {
    const drawing = layoutBarChart(chart, { width: 170, rtl: false, measure });
    const bars = drawing.shapes.filter((shape) => shape.kind === 'rect' && shape.h > 4);
    expect(bars).toHaveLength(3);
    const [first, second] = bars as { w: number; x: number }[];
    expect(first!.w / second!.w).toBeCloseTo(3);
    for (const shape of drawing.shapes) if (shape.kind === 'rect') expect(shape.x + shape.w).toBeLessThanOrEqual(170.001);
  });

  it('mirrors for right to left: labels on the right, bars growing leftwards', () => {
    const ltr = layoutBarChart(chart, { width: 170, rtl: false, measure });
    const rtl = layoutBarChart(chart, { width: 170, rtl: true, measure });
    const label = (d: typeof ltr) => d.shapes.find((s) => s.kind === 'text' && s.text === 'First');
    expect(label(ltr)).toMatchObject({ x: 0, align: 'left' });
    expect(label(rtl)).toMatchObject({ x: 170, align: 'right' });
    const firstBar = (d: typeof ltr) => d.shapes.find((s) => s.kind === 'rect' && s.h > 4) as { x: number; w: number };
    expect(firstBar(rtl).x + firstBar(rtl).w).toBeCloseTo(170 - firstBar(ltr).x);
  });

  it('wraps long labels onto two lines and shortens a third', () => {
    expect(wrapLabel('one two three four five six', 20, measure).length).toBe(2);
    expect(wrapLabel('one two three four five six seven eight nine', 20, measure)[1]).toMatch(/…$/);
  });
});

describe('bidirectional text', () => {
  it('takes a paragraph direction from its first strong character (rule P2)', () => {
    expect(paragraphIsRtl('الحصول على الخدمات (D1.1.2)', false)).toBe(true);
    expect(paragraphIsRtl('(D1.1.2) الحصول على الخدمات', true)).toBe(false);
    expect(paragraphIsRtl('2026 — ديمولاند', false)).toBe(true);
    expect(paragraphIsRtl('— 12', true)).toBe(true);
  });

  it('keeps a wrapped line in its paragraph direction: brackets pair, the Arabic comma stays after its code', () => {
    const text = 'الحصول (D1.1.1، D1.1.6)';
    const paragraph = resolveParagraph(text, true);
    // The second line of the wrapped paragraph starts with a Latin code but stays right-to-left.
    // As displayed: brackets of right-to-left runs keep their character and are drawn flipped.
    const mirror: Record<string, string> = { '(': ')', ')': '(' };
    const shown = (pieces: ReturnType<typeof displayPieces>) =>
      pieces
        .map((piece) => [...piece.text].map((char, index) => (piece.mirrored.includes(index) ? (mirror[char] ?? char) : char)).join(''))
        .join('');
    const second = displayPieces(paragraph, text.indexOf('D1.1.6'), text.length - 1);
    expect(shown(second)).toBe('(D1.1.6');
    expect(second.map((piece) => piece.text).join('')).toBe(')D1.1.6');
    const first = displayPieces(paragraph, 0, text.indexOf('،'));
    // Between two codes the comma resolves left-to-right (UAX #9 rule N1) in the whole paragraph, so
    // the wrapped first line keeps it right after the code it follows, as the unwrapped text shows it.
    expect(shown(first)).toBe('D1.1.1،) ' + [...'الحصول'].reverse().join(''));
  });

  it('mirrors table columns for right to left and removes Intl bidi marks', () => {
    expect(orderedForDirection(['id', 'question', 'answer'], true)).toEqual(['answer', 'question', 'id']);
    expect(orderedForDirection(['id', 'question'], false)).toEqual(['id', 'question']);
    expect(stripBidiMarks('22\u200F/11\u200F/2026')).toBe('22/11/2026');
  });
});

describe('report input file', () => {
  it('accepts a bare bundle or the envelope, and round-trips the envelope', () => {
    const bare = parseReportData(JSON.stringify(demo.bundle));
    expect(bare.previous).toBeNull();
    const envelope = parseReportData(serializeReportData({ bundle: demo.bundle, previous: demo.previous }, { app: '0.1.0', drawing: 2 }));
    expect(envelope.previous?.assessment.id).toBe(demo.previous.assessment.id);
    expect(envelope.bundle.responses).toHaveLength(90);
    expect(envelope.producedBy).toEqual({ app: '0.1.0', drawing: 2 });
    // Data attached before the producer was recorded has none, and serializes without it again.
    const legacy = serializeReportData({ bundle: demo.bundle, previous: null }, null);
    expect(legacy).not.toContain('producedBy');
    expect(parseReportData(legacy).producedBy).toBeUndefined();
  });

  it('rejects invalid JSON, invalid records and records of another assessment with a specific code', () => {
    const codeOf = (text: string) => {
      try {
        parseReportData(text);
        return 'accepted';
      } catch (error) {
        return error instanceof ReportInputError ? error.code : 'other';
      }
    };
    expect(codeOf('{"assessment": ')).toBe('invalid-json');
    expect(codeOf(JSON.stringify({ ...demo.bundle, responses: 'none' }))).toBe('invalid-data');
    const foreign = { ...demo.bundle, responses: [{ ...demo.bundle.responses[0]!, assessmentId: 'someone-else' }] };
    expect(codeOf(JSON.stringify(foreign))).toBe('wrong-assessment');
    // Data from a newer app is named as such, not listed as invalid fields; the version stays in the detail.
    const current = JSON.parse(serializeReportData({ bundle: demo.bundle, previous: null }, null)) as Record<string, unknown>;
    expect(codeOf(JSON.stringify({ ...current, version: 7 }))).toBe('future-version');
    expect(() => parseReportData(JSON.stringify({ ...current, version: 7 }))).toThrow(/future-version: 7/);
    expect(codeOf(JSON.stringify({ ...current, version: 0 }))).toBe('invalid-data');
  });
});
