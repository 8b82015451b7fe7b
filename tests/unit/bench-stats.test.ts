import { describe, expect, it } from 'vitest';
import { figure, fixedFigure, quantile } from '../bench/stats';

describe('benchmark statistics', () => {
  it('interpolates quantiles of sorted samples', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarises unsorted samples and compares the median with the baseline’s', () => {
    const f = figure({ id: 'x', group: 'g', label: 'l', samples: [30, 10, 20], baseline: { label: 'floor', samples: [5, 4, 6] } });
    expect([f.median, f.min, f.max, f.runs]).toEqual([20, 10, 30, 3]);
    expect(f.baseline).toEqual({ label: 'floor', median: 5 });
    expect(f.ratio).toBe(4);
    expect(f.unit).toBe('ms');
  });

  it('gives no ratio without a baseline, and one exact value for sizes', () => {
    expect(figure({ id: 'x', group: 'g', label: 'l', samples: [1] }).ratio).toBeUndefined();
    expect(fixedFigure({ id: 's', group: 'bundle', label: 'kB', unit: 'kB', value: 119.3 })).toMatchObject({
      median: 119.3,
      min: 119.3,
      max: 119.3,
      p90: 119.3,
      runs: 1,
    });
  });
});
