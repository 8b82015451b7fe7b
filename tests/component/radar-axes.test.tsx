import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RadarRow } from '@/charts/chart-data';
import { DomainRadarChart } from '@/charts/domain-radar-chart';
import type { Locale } from '@/domain/localized-text';
import { loadNamespaces } from '@/i18n/i18n';
import { wrapLines } from '@/charts/wrapped-tick';
import { layOutCharts } from './chart-layout';

// Each domain gets a distinctive value (D1 = 100 % … D6 = 50 %, one axis each), so a value drawn on
// another domain's axis shows up as an angle mismatch between the dot and its axis label.
const rows: RadarRow[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'].map((id, index) => ({
  id,
  label: id,
  name: `Domain ${id}`,
  developedPercent: 100 - index * 10,
  developedOrPartialPercent: 100 - index * 8,
  basis: 10,
}));

const SIZE = { width: 480, height: 440 };
beforeEach(() => layOutCharts(SIZE.width, SIZE.height));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function angleOf(x: number, y: number, cx: number, cy: number): number {
  return Math.round(((Math.atan2(cy - y, x - cx) * 180) / Math.PI + 360) % 360);
}

function closeAngles(a: number, b: number): boolean {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d) <= 2;
}

async function drawn(locale: Locale) {
  await loadNamespaces(locale, ['charts']);
  const { container } = render(<DomainRadarChart data={rows} locale={locale} />);
  const ticks = [...container.querySelectorAll('.recharts-polar-angle-axis-tick text')];
  const labelAngles = new Map<string, { x: number; y: number }>();
  for (const tick of ticks) {
    const id = /D\d/.exec(tick.textContent ?? '')?.[0];
    if (id) labelAngles.set(id, { x: Number(tick.getAttribute('x')), y: Number(tick.getAttribute('y')) });
  }
  const dots = [...container.querySelectorAll('.recharts-radar-dots')][1]!.querySelectorAll('circle');
  return { labelAngles, dots: [...dots].map((dot) => ({ x: Number(dot.getAttribute('cx')), y: Number(dot.getAttribute('cy')) })) };
}

describe('the domain radar', () => {
  for (const locale of ['en', 'ar'] as const) {
    it(`puts each domain's value on its own axis (${locale})`, async () => {
      const { labelAngles, dots } = await drawn(locale);
      expect(labelAngles.size).toBe(6);
      expect(dots).toHaveLength(6);
      // The centre is the point the 100 % dot (D1) and its label line up with; use the grid's centre instead.
      const cx = SIZE.width / 2;
      const ys = [...labelAngles.values()].map((p) => p.y);
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      // Which domain a dot belongs to is read from its distance to the centre (its value), not its order.
      const radii = dots.map((dot) => Math.hypot(dot.x - cx, dot.y - cy));
      const outer = Math.max(...radii);
      const seen = new Set<string>();
      dots.forEach((dot, index) => {
        const value = Math.round((radii[index]! / outer) * 100);
        const row = rows.find((r) => Math.abs(r.developedPercent - value) <= 1)!;
        expect(row, `dot at ${value} %`).toBeDefined();
        seen.add(row.id);
        const label = labelAngles.get(row.id)!;
        expect(closeAngles(angleOf(dot.x, dot.y, cx, cy), angleOf(label.x, label.y, cx, cy)), `${row.id} dot and label`).toBe(true);
      });
      expect(seen.size).toBe(6);
    });
  }

  it('goes round the other way in Arabic', async () => {
    const en = await drawn('en');
    const ar = await drawn('ar');
    const d2en = en.labelAngles.get('D2')!;
    const d2ar = ar.labelAngles.get('D2')!;
    // D2 is to the right of D1 (clockwise) in English and to its left in Arabic.
    expect(d2en.x).toBeGreaterThan(SIZE.width / 2);
    expect(d2ar.x).toBeLessThan(SIZE.width / 2);
  });
});

describe('chart labels', () => {
  it('wrap long domain names onto lines instead of cutting them', () => {
    expect(wrapLines('D6 Safe, orderly and regular migration', 20, 3)).toEqual(['D6 Safe, orderly and', 'regular migration']);
    expect(wrapLines('short', 20, 3)).toEqual(['short']);
    const cut = wrapLines('one two three four five six seven eight nine ten', 10, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  it('draw the full domain name on the radar and keep the percentage ticks off the labels', async () => {
    await loadNamespaces('en', ['charts']);
    const long = rows.map((row) => ({ ...row, name: 'Safe, orderly and regular migration of people' }));
    const { container } = render(<DomainRadarChart data={long} locale="en" />);
    const label = container.querySelector('.recharts-polar-angle-axis-tick text')!;
    expect([...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')).toBe(
      'D1 Safe, orderly and regular migration of people',
    );
    expect(label.querySelectorAll('tspan').length).toBeGreaterThan(1);
    // The 100 % tick lies on the axis between D1 and D2, not on D1's label at the top.
    const ticks = [...container.querySelectorAll('.recharts-polar-radius-axis-tick text')];
    const top = ticks.find((tick) => tick.textContent === '100%')!;
    const d1 = [...container.querySelectorAll('.recharts-polar-angle-axis-tick text')].find((t) => t.textContent?.startsWith('D1'))!;
    const distance = Math.hypot(
      Number(top.getAttribute('x')) - Number(d1.getAttribute('x')),
      Number(top.getAttribute('y')) - Number(d1.getAttribute('y')),
    );
    expect(distance).toBeGreaterThan(40);
  });
});
