import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '@/report/chart-layout';
import type { BarChartData } from '@/report/chart-data';
import { linesBeforeBreak } from '@/report/pdf-keep';

/** Pagination and legend rules of the report (issue 11, point 6) that need no PDF reader. */

const chart = (values: number[][]): BarChartData => ({
  id: 'test',
  title: 'Answers',
  series: [
    { key: 'well', label: 'Well developed', color: '#1b5e20' },
    { key: 'partial', label: 'Partially developed', color: '#f9a825' },
    { key: 'potential', label: 'Potential for development', color: '#b71c1c' },
  ],
  categories: values.map((row, index) => ({ key: `c${index}`, label: `Domain ${index + 1}`, values: row, total: '' })),
  max: 10,
  valueLabels: values.map((row) => row.map(String)),
});

const measure = (text: string, size: number) => text.length * size * 0.18;
const texts = (data: BarChartData) =>
  layoutBarChart(data, { width: 170, rtl: false, measure }).shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));

describe('chart legend', () => {
  it('lists only the states the chart shows', () => {
    const shown = texts(
      chart([
        [3, 0, 2],
        [1, 0, 4],
      ]),
    );
    expect(shown).toContain('Well developed');
    expect(shown).toContain('Potential for development');
    expect(shown).not.toContain('Partially developed');
  });

  it('lists every state when all are present, and none for a single state', () => {
    expect(texts(chart([[3, 1, 2]]))).toEqual(
      expect.arrayContaining(['Well developed', 'Partially developed', 'Potential for development']),
    );
    const single = texts(chart([[3, 0, 0]]));
    expect(single).not.toContain('Well developed');
  });
});

describe('where a paragraph or a finding breaks across pages', () => {
  it('sets everything that fits, and moves a text whose first two lines do not fit', () => {
    expect(linesBeforeBreak(3, 10)).toBe(3);
    expect(linesBeforeBreak(1, 1)).toBe(1);
    expect(linesBeforeBreak(5, 1)).toBe(0);
    expect(linesBeforeBreak(1, 0)).toBe(0);
  });

  it('never lets the last line start a page alone: it takes one more line along, or the whole text moves', () => {
    // Five lines, four fit: three here, two on the next page.
    expect(linesBeforeBreak(5, 4)).toBe(3);
    // Three lines, two fit: a split would leave one line alone on either side, so all three move.
    expect(linesBeforeBreak(3, 2)).toBe(0);
    // A one-line finding that must follow a two-line one (counted as three lines): both move.
    expect(linesBeforeBreak(2 + 1, 2)).toBe(0);
    expect(linesBeforeBreak(40, 30)).toBe(30);
  });
});
