/** Figures and their summary statistics. Every timing is a median of several runs, never one run. */

export type Unit = 'ms' | 'kB' | 'count';

export type Figure = {
  readonly id: string;
  readonly group: string;
  readonly label: string;
  readonly unit: Unit;
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p90: number;
  /** What the figure is compared with, measured in the same run on the same machine. */
  readonly baseline?: { readonly label: string; readonly median: number } | undefined;
  /** median / baseline median. */
  readonly ratio?: number | undefined;
  readonly note?: string | undefined;
  /** The longest main-thread task (PerformanceObserver 'longtask') during each run: median and max over the runs. */
  readonly longestTask?: { readonly median: number; readonly max: number } | undefined;
  /** The same figure with the CPU throttled (CDP Emulation.setCPUThrottlingRate): reported, not a target. */
  readonly throttled?:
    | {
        readonly rate: number;
        readonly runs: number;
        readonly median: number;
        readonly baselineMedian?: number | undefined;
        readonly ratio?: number | undefined;
        readonly longestTaskMax?: number | undefined;
      }
    | undefined;
  /** The target this figure is held to (docs/PERFORMANCE.md), and whether this run's median meets it. */
  readonly target?: { readonly text: string; readonly met: boolean } | undefined;
};

/** A step that could not run yet, with where the missing piece plugs in. */
export type Skipped = { readonly id: string; readonly label: string; readonly reason: string; readonly hook: string };

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? Number.NaN;
  return a + (b - a) * (position - lower);
}

export type FigureInput = {
  id: string;
  group: string;
  label: string;
  unit?: Unit;
  samples: readonly number[];
  baseline?: { label: string; samples: readonly number[] } | undefined;
  note?: string | undefined;
  /** Per run: the longest long task during the measured interval (0 when none). */
  longTasks?: readonly number[] | undefined;
};

function medianOf(samples: readonly number[]): number {
  return quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

export function figure(input: FigureInput): Figure {
  const sorted = [...input.samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const baselineMedian = input.baseline
    ? quantile(
        [...input.baseline.samples].sort((a, b) => a - b),
        0.5,
      )
    : undefined;
  return {
    id: input.id,
    group: input.group,
    label: input.label,
    unit: input.unit ?? 'ms',
    runs: sorted.length,
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p90: quantile(sorted, 0.9),
    baseline: input.baseline && baselineMedian !== undefined ? { label: input.baseline.label, median: baselineMedian } : undefined,
    ratio: baselineMedian !== undefined && baselineMedian > 0 ? median / baselineMedian : undefined,
    note: input.note,
    longestTask:
      input.longTasks && input.longTasks.length > 0 ? { median: medianOf(input.longTasks), max: Math.max(...input.longTasks) } : undefined,
  };
}

/** Attaches the throttled run of the same figure (fewer runs; its own floor, measured throttled too). */
export function withThrottled(base: Figure, rate: number, slow: Figure): Figure {
  return {
    ...base,
    throttled: {
      rate,
      runs: slow.runs,
      median: slow.median,
      baselineMedian: slow.baseline?.median,
      ratio: slow.ratio,
      longestTaskMax: slow.longestTask?.max,
    },
  };
}

/** A size or count: one exact value, not a distribution. */
export function fixedFigure(input: { id: string; group: string; label: string; unit: Unit; value: number; note?: string }): Figure {
  return { ...input, runs: 1, median: input.value, min: input.value, max: input.value, p90: input.value };
}

/** Times an async function `runs` times after `warmup` unmeasured runs. */
export async function timeRuns(runs: number, fn: (run: number) => Promise<number>, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await fn(i));
  return samples;
}

/** Times a synchronous function in Node with the high-resolution clock. */
export function timeSync(runs: number, fn: () => unknown, warmup = 3): number[] {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}
