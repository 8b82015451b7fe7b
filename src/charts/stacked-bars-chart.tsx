import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Locale } from '@/domain/localized-text';
import { textDirection } from '@/domain/localized-text';
import { formatNumber } from '@/i18n/format';
import { animationOn, sizing } from './chart-frame';
import { WrappedTick, wrapLines } from './wrapped-tick';
import type { FillSpec, LegendItem } from './chart-style';
import { fillUrl, GRID, HtmlLegend, INK, OUTLINE, PatternDefs } from './chart-style';

/**
 * Horizontal stacked bars, one row per group (domain, sub-domain, GCM objective) and one stacked
 * segment per series (answer level, or direction of change). In Arabic the bars grow from the
 * right and the category axis sits on the right, so the chart reads in the same direction as the page.
 */

export type StackedRow = {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly counts: Readonly<Record<string, number>>;
};

type Props = {
  readonly rows: readonly StackedRow[];
  readonly series: readonly LegendItem[];
  readonly fills: Readonly<Record<string, FillSpec>>;
  readonly locale: Locale;
  readonly onSelect?: ((rowId: string, seriesKey: string) => void) | undefined;
  /** Show names next to the short labels on the category axis (domains), or labels only (GCM numbers). */
  readonly axisNames: boolean;
  readonly axisLabelPrefix?: string;
};

const ROW_HEIGHT = 30;

export function stackedChartHeight(rowCount: number, legendHeight = 0): number {
  return rowCount * ROW_HEIGHT + 50 + legendHeight;
}

type SegmentLabelProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  locale: Locale;
};

/** The count inside a segment, on a white tab so it reads over any pattern; omitted where it will not fit. */
function SegmentLabel({ x, y, width, height, value, locale }: SegmentLabelProps) {
  const [nx, ny, nw, nh] = [x, y, width, height].map(Number) as [number, number, number, number];
  const count = Number(value);
  if (!count || !(Math.abs(nw) >= 20) || Number.isNaN(nx)) return null;
  const cx = nx + nw / 2;
  const cy = ny + nh / 2;
  return (
    <g pointerEvents="none">
      <rect x={cx - 10} y={cy - 8} width={20} height={16} rx={3} fill="#ffffff" fillOpacity={0.9} />
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={11} fill={INK}>
        {formatNumber(count, locale)}
      </text>
    </g>
  );
}

export function StackedBarsChart({ rows, series, fills, locale, onSelect, axisNames, axisLabelPrefix = '' }: Props) {
  const uid = useId();
  const rtl = textDirection(locale) === 'rtl';
  const axisWidth = axisNames ? 230 : 64;
  const data = rows.map((row) => ({ ...row.counts, id: row.id, label: row.label, name: row.name }));
  const tickLines = (value: unknown) => {
    const row = rows.find((r) => r.label === value);
    const label = `${axisLabelPrefix}${String(value)}`;
    return axisNames && row ? wrapLines(`${label} ${row.name}`, 34, 2) : [label];
  };
  const animate = animationOn();
  return (
    <div className="chart">
      {/* Geometry and text anchors stay left-to-right; Arabic mirrors by reversed axes, not by CSS direction. */}
      <div dir="ltr">
        <BarChart
          {...sizing(stackedChartHeight(rows.length))}
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
          barCategoryGap={6}
        >
          <PatternDefs uid={uid} fills={fills} />
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" allowDecimals={false} reversed={rtl} tickFormatter={(v: number) => formatNumber(v, locale)} stroke={INK} />
          <YAxis
            type="category"
            dataKey="label"
            orientation={rtl ? 'right' : 'left'}
            width={axisWidth}
            tick={(props: object) => <WrappedTick {...props} linesFor={tickLines} />}
            interval={0}
            stroke={INK}
            fontSize={12}
          />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(label: unknown) => {
              const row = rows.find((r) => r.label === label);
              return row ? `${axisLabelPrefix}${row.label} ${row.name}` : String(label);
            }}
            formatter={(value: unknown, name: unknown) => [formatNumber(Number(value), locale), String(name)]}
          />
          {series.map((item) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              stackId="stack"
              fill={fillUrl(uid, item.key)}
              stroke={OUTLINE}
              strokeWidth={0.75}
              isAnimationActive={animate}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={
                onSelect ? (entry) => onSelect(String((entry.payload as { id?: unknown } | undefined)?.id ?? ''), item.key) : undefined
              }
            >
              <LabelList
                dataKey={item.key}
                content={(props) => <SegmentLabel {...(props as Omit<SegmentLabelProps, 'locale'>)} locale={locale} />}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      <HtmlLegend items={series} fills={fills} />
    </div>
  );
}
