import type { CDPSession, Page } from 'playwright-core';
import type { InPageHelpers } from './browser';
import type { Figure } from './stats';
import { figure, withThrottled } from './stats';

/**
 * Samples of the timed interactions, each with its floor measured right after it in the same
 * page (so the ratio holds on a shared, noisy machine) and the longest task during it. The same
 * interactions run again with the CPU throttled (the "old laptop" column): one Recorder per pass.
 */

export type Sample = { ms: number; floorMs: number | null; longTaskMs: number };

/** What every render interaction is compared with: its content drawn by plain DOM (browser.ts __benchFloor). */
export const PLAIN_DOM = 'plain-DOM render';
/** Old government laptops: "several times slower" than this machine (issue 15). */
export const THROTTLE_RATE = 4;

/**
 * After an interaction timed with __benchArm / __benchNavigate: the longest task during it and,
 * with `floor`, the plain-DOM render of the content it showed (in the same container).
 */
export async function completeSample(page: Page, ms: number, floor = true): Promise<Sample> {
  return page.evaluate(
    async ([elapsed, withFloor]) => {
      const w = window as unknown as InPageHelpers;
      const last = w.__benchLast;
      const longTaskMs = last ? w.__benchLongest(last.start, last.end) : 0;
      return { ms: elapsed, floorMs: withFloor ? await w.__benchFloor() : null, longTaskMs };
    },
    [ms, floor] as const,
  );
}

/** In-app navigation: sets the hash, times it to `count` of `selector` shown (next frame), floor in `container`. */
export async function navigateSample(page: Page, hash: string, selector: string, count: number, container = 'main'): Promise<Sample> {
  const ms = await page.evaluate(([h, s, n, c]) => (window as unknown as InPageHelpers).__benchNavigate(h, s, n, c), [
    hash,
    selector,
    count,
    container,
  ] as const);
  return completeSample(page, ms);
}

type Series = { label: string; floorLabel: string | undefined; samples: Sample[] };

export class Recorder {
  readonly series = new Map<string, Series>();

  constructor(readonly throttled: boolean) {}

  add(id: string, label: string, sample: Sample, floorLabel: string | undefined = PLAIN_DOM): void {
    const series = this.series.get(id) ?? { label, floorLabel, samples: [] };
    series.samples.push(sample);
    this.series.set(id, series);
  }

  figures(group = 'interaction'): Map<string, Figure> {
    const out = new Map<string, Figure>();
    for (const [id, { label, floorLabel, samples }] of this.series) {
      const floors = samples.map((s) => s.floorMs).filter((f): f is number => f !== null);
      out.set(
        id,
        figure({
          id,
          group,
          label,
          samples: samples.map((s) => s.ms),
          baseline: floorLabel && floors.length > 0 ? { label: floorLabel, samples: floors } : undefined,
          longTasks: samples.map((s) => s.longTaskMs),
        }),
      );
    }
    return out;
  }
}

/** The normal pass's figures, each with its throttled pass attached when there is one. */
export function mergePasses(normal: Recorder, slow: Recorder | null): Figure[] {
  const slowFigures = slow?.figures() ?? new Map<string, Figure>();
  return [...normal.figures()].map(([id, base]) => {
    const throttled = slowFigures.get(id);
    return throttled ? withThrottled(base, THROTTLE_RATE, throttled) : base;
  });
}

/** Throttles the page's CPU through CDP for `fn`, then sets it back. */
export async function withCpuThrottled<T>(cdp: CDPSession, rate: number, fn: () => Promise<T>): Promise<T> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}
