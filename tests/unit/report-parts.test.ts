import { describe, expect, it } from 'vitest';
import { layoutBarChart, wrapLabel } from '@/report/chart-layout';
import { displayPieces, paragraphIsRtl, resolveParagraph, stripBidiMarks } from '@/report/pdf-bidi';
import { orderedForDirection } from '@/report/pdf-table';
import { parseReportData, ReportInputError, serializeReportData } from '@/report/report-input';
import { demoReportData } from './report-fixtures';

/** The report's parts below the model: chart geometry, bidirectional lines and the attached data file. */

const demo = demoReportData();

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
