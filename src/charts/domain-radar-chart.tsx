import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { Locale } from '@/domain/localized-text';
import { textDirection } from '@/domain/localized-text';
import { formatNumber } from '@/i18n/format';
import { translatorFor } from '@/i18n/i18n';
import type { RadarRow } from './chart-data';
import type { ChartProps } from './chart-frame';
import { animationOn, sizing } from './chart-frame';
import { GRID, INK, RADAR_STROKES } from './chart-style';
import { WrappedTick, wrapLines } from './wrapped-tick';

/**
 * The six domains at a glance: the share of scored, applicable indicators that are well developed
 * (solid line, round dots) and well or partly developed (dashed line, square dots). A shape, not a
 * score: the table alternative gives the counts each share rests on.
 */

function percent(value: number, locale: Locale): string {
  return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 0 });
}

function SquareDot(props: { cx?: number; cy?: number }) {
  if (props.cx === undefined || props.cy === undefined) return null;
  return <rect x={props.cx - 3.5} y={props.cy - 3.5} width={7} height={7} fill={RADAR_STROKES.developedOrPartial.color} />;
}

/**
 * Arabic readers go round the other way: the first domain stays at the top and the others follow
 * anticlockwise. Done by ordering the rows (first, then the rest reversed) with the usual clockwise
 * geometry, so every value is drawn on its own domain's axis; reversing recharts' angles instead
 * put values on the wrong axes.
 */
export function counterClockwise<Row>(rows: readonly Row[]): Row[] {
  return rows.length === 0 ? [] : [rows[0]!, ...rows.slice(1).reverse()];
}

export function DomainRadarChart({ data, locale, onSelect }: ChartProps<readonly RadarRow[]>) {
  const t = translatorFor(locale);
  const rtl = textDirection(locale) === 'rtl';
  const animate = animationOn();
  const series = [
    { key: 'developedOrPartialPercent', label: t('charts:radar.developedOrPartial'), stroke: RADAR_STROKES.developedOrPartial },
    { key: 'developedPercent', label: t('charts:radar.developed'), stroke: RADAR_STROKES.developed },
  ] as const;
  return (
    <div className="chart">
      {/* Geometry and text anchors stay left-to-right; Arabic mirrors by reversed axes, not by CSS direction. */}
      <div dir="ltr">
        <RadarChart
          {...sizing(440)}
          data={rtl ? counterClockwise(data) : [...data]}
          accessibilityLayer={false}
          outerRadius="72%"
          startAngle={90}
          endAngle={-270}
          margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
          onClick={
            onSelect
              ? (state) => {
                  const label = state?.activeLabel;
                  const row = data.find((r) => r.label === label);
                  if (row) onSelect(row.id, 'developed');
                }
              : undefined
          }
        >
          <PolarGrid stroke={GRID} />
          <PolarAngleAxis
            dataKey="label"
            fontSize={12}
            stroke={INK}
            tick={(props: object) => (
              <WrappedTick
                {...props}
                linesFor={(label) => {
                  const row = data.find((r) => r.label === label);
                  return row ? wrapLines(`${row.label} ${row.name}`, 20, 3) : [String(label)];
                }}
              />
            )}
          />
          {/* Between the first two axes, so its figures never sit on a domain's label. */}
          <PolarRadiusAxis
            angle={60}
            domain={[0, 100]}
            tickCount={5}
            tickFormatter={(v: number) => percent(v, locale)}
            fontSize={10}
            stroke={INK}
          />
          {series.map((s) => (
            <Radar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.stroke.color}
              strokeWidth={2}
              strokeDasharray={s.stroke.dash}
              fill={s.stroke.color}
              fillOpacity={0.12}
              isAnimationActive={animate}
              dot={s.key === 'developedPercent' ? { r: 3.5, fill: s.stroke.color } : SquareDot}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            formatter={(value: unknown, name: unknown) => [percent(Number(value), locale), String(name)]}
            labelFormatter={(label: unknown) => {
              const row = data.find((r) => r.label === label);
              return row ? `${row.label} ${row.name}` : String(label);
            }}
          />
        </RadarChart>
      </div>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width={24} height={10} aria-hidden="true" focusable="false">
              <line x1={1} x2={23} y1={5} y2={5} stroke={s.stroke.color} strokeWidth={2} strokeDasharray={s.stroke.dash} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
