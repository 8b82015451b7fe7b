import { describe, expect, it } from 'vitest';
import { mergePasses, PLAIN_DOM, Recorder, THROTTLE_RATE } from '../bench/interactions';
import { figure } from '../bench/stats';
import { FRAME_MS, targetOf } from '../bench/targets';

// The benchmark prints whether each figure meets its target (docs/PERFORMANCE.md); these check the
// rules themselves on made-up samples. No timing is measured here.

const interaction = (samples: number[], floor: number[], longTasks: number[] = samples.map(() => 0)) =>
  figure({
    id: 'large.open.assessment',
    group: 'interaction',
    label: 'open',
    samples,
    baseline: { label: PLAIN_DOM, samples: floor },
    longTasks,
  });

describe('the targets the bench reports', () => {
  it('holds an interaction to 3× its floor, under 50 ms, with no long task at the median', () => {
    expect(targetOf(interaction([30, 30, 30], [12, 12, 12]))?.met).toBe(true);
    expect(targetOf(interaction([40, 40, 40], [12, 12, 12]))?.met).toBe(false); // ×3.3
    expect(targetOf(interaction([60, 60, 60], [30, 30, 30]))?.met).toBe(false); // ×2, but 60 ms
    expect(targetOf(interaction([30, 30, 30], [12, 12, 12], [0, 70, 80]))?.met).toBe(false); // a 70 ms task at the median
  });

  it('holds the key press to its floor plus one frame', () => {
    const keypress = (ms: number, floor: number) =>
      figure({
        id: 'workspace.keypress',
        group: 'interaction',
        label: 'key',
        samples: [ms],
        baseline: { label: 'bare Dexie put + next frame', samples: [floor] },
      });
    expect(targetOf(keypress(20 + FRAME_MS - 0.1, 20))?.met).toBe(true);
    expect(targetOf(keypress(20 + FRAME_MS + 0.1, 20))?.met).toBe(false);
  });

  it('holds the demo PDF to 3 s in Node and in the browser worker, in both languages', () => {
    for (const id of ['pdf.node.en', 'pdf.node.ar', 'pdf.worker.en', 'pdf.worker.ar']) {
      const pdf = (ms: number) => figure({ id, group: 'pdf', label: id, samples: [ms, ms, ms] });
      expect(targetOf(pdf(2999))?.met).toBe(true);
      expect(targetOf(pdf(3001))?.met).toBe(false);
    }
  });

  it('holds cold loads to their budgets and the whole-store restore to 2× bare puts', () => {
    const cold = (id: string, ms: number) => figure({ id, group: 'cold load', label: id, samples: [ms] });
    expect(targetOf(cold('cold.start.form', 480))?.met).toBe(true);
    expect(targetOf(cold('cold.start.form', 520))?.met).toBe(false);
    expect(targetOf(cold('cold.profile', 790))?.met).toBe(true);
    expect(targetOf(cold('cold.profile', 810))?.met).toBe(false);
    const restore = (ms: number) =>
      figure({
        id: 'backup.all.restore',
        group: 'backup',
        label: 'restore',
        samples: [ms],
        baseline: { label: 'bare bulk puts', samples: [1000] },
      });
    expect(targetOf(restore(1900))?.met).toBe(true);
    expect(targetOf(restore(2100))?.met).toBe(false);
    expect(targetOf(cold('cold.baseline', 50))).toBeUndefined();
  });
});

describe('the interaction recorder', () => {
  it('makes one figure per interaction with its floor, its longest task and the throttled pass beside it', () => {
    const normal = new Recorder(false);
    const slow = new Recorder(true);
    for (const ms of [10, 20, 30]) normal.add('a', 'A', { ms, floorMs: ms / 2, longTaskMs: ms > 25 ? 60 : 0 });
    slow.add('a', 'A', { ms: 80, floorMs: 20, longTaskMs: 90 });
    const [merged] = mergePasses(normal, slow);
    expect(merged).toMatchObject({
      id: 'a',
      median: 20,
      baseline: { label: PLAIN_DOM, median: 10 },
      ratio: 2,
      longestTask: { median: 0, max: 60 },
    });
    expect(merged?.throttled).toMatchObject({ rate: THROTTLE_RATE, runs: 1, median: 80, baselineMedian: 20, ratio: 4, longestTaskMax: 90 });
  });
});
