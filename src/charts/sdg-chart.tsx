import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Locale } from '@/domain/localized-text';
import { textDirection } from '@/domain/localized-text';
import { formatNumber, formatPercentRange } from '@/i18n/format';
import { translatorFor } from '@/i18n/i18n';
import type { SdgChartData } from './chart-data';
import type { ChartProps } from './chart-frame';
import { animationOn, sizing } from './chart-frame';
import { WrappedTick, wrapLines } from './wrapped-tick';
import { fillUrl, GRID, INK, MUTED_INK, OUTLINE, PatternDefs, SDG_FILLS } from './chart-style';

/**
 * The indicative SDG 10.7.2 reading per policy domain, against the UN thresholds (40, 80, 100).
 * "Indicative" is drawn inside the chart itself, so no copy of it (screen, PDF) loses the caveat:
 * the official figure comes from the UN Inquiry, not from MGI.
 */

export function sdgChartHeight(rowCount: number): number {
  return rowCount * 40 + 90;
}

function percentText(value: number, locale: Locale): string {
  return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 0 });
}

export function SdgChart({ data, locale, onSelect }: ChartProps<SdgChartData>) {
  const t = translatorFor(locale);
  const uid = useId();
  const rtl = textDirection(locale) === 'rtl';
  const animate = animationOn();
  // A range is drawn as its firm part (every "Partially" counted as No) plus a hatched spread up to
  // its upper end (counted as Yes); the text gives both ends and a category only when they agree.
  const rows = data.rows.map((row) => ({
    ...row,
    value: row.percent?.low ?? 0,
    spread: row.percent ? row.percent.high - row.percent.low : 0,
    text:
      row.percent === null
        ? t('charts:sdg.noReading')
        : [formatPercentRange(row.percent.low, row.percent.high, locale), row.categoryLabel].filter(Boolean).join(' · '),
  }));
  // The firm part and the spread are two stacked bars that look and click alike.
  const rangeBar = {
    stackId: 'range',
    isAnimationActive: animate,
    stroke: OUTLINE,
    strokeWidth: 0.75,
    minPointSize: 0,
    cursor: onSelect ? 'pointer' : undefined,
    onClick: onSelect
      ? (entry: { payload?: unknown }) => onSelect(String((entry.payload as { id?: unknown } | undefined)?.id ?? ''), 'sdg')
      : undefined,
  };
  return (
    <div className="chart">
      {/* Geometry and text anchors stay left-to-right; Arabic mirrors by reversed axes, not by CSS direction. */}
      <div dir="ltr">
        <BarChart
          {...sizing(sdgChartHeight(rows.length))}
          data={rows}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 40, right: rtl ? 16 : 150, bottom: 8, left: rtl ? 150 : 16 }}
          barCategoryGap={8}
        >
          <PatternDefs uid={uid} fills={SDG_FILLS} />
          <IndicativeNote text={t('charts:sdg.indicativeNote')} rtl={rtl} />
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            reversed={rtl}
            tickFormatter={(v: number) => percentText(v, locale)}
            stroke={INK}
          />
          <YAxis
            type="category"
            dataKey="label"
            orientation={rtl ? 'right' : 'left'}
            width={210}
            interval={0}
            fontSize={12}
            stroke={INK}
            tick={(props: object) => (
              <WrappedTick
                {...props}
                linesFor={(label) => {
                  const row = rows.find((r) => r.label === label);
                  return row ? wrapLines(`${row.label} ${row.name}`, 30, 2) : [String(label)];
                }}
              />
            )}
          />
          {data.thresholds.map((threshold) => (
            <ReferenceLine
              key={threshold.value}
              x={threshold.value}
              stroke={MUTED_INK}
              strokeDasharray="4 3"
              label={{ value: percentText(threshold.value, locale), position: 'top', fontSize: 11, fill: MUTED_INK }}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            formatter={(_value: unknown, _name: unknown, item: { payload?: { text?: string } }) => [
              item.payload?.text ?? '',
              t('charts:sdg.series'),
            ]}
            labelFormatter={(label: unknown) => rows.find((r) => r.label === label)?.name ?? String(label)}
          />
          <Bar dataKey="value" name={t('charts:sdg.series')} {...rangeBar}>
            {rows.map((row) => (
              <Cell
                key={row.id}
                fill={row.percent === null ? 'none' : fillUrl(uid, row.category === null ? 'open' : String(row.category))}
              />
            ))}
          </Bar>
          <Bar dataKey="spread" name={t('charts:sdg.spread')} fill={fillUrl(uid, 'spread')} {...rangeBar}>
            <LabelList dataKey="text" content={(props) => <EndLabel {...(props as EndLabelProps)} rtl={rtl} />} />
          </Bar>
        </BarChart>
      </div>
    </div>
  );
}

type EndLabelProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  rtl: boolean;
};

/** The reading after the end of its bar: to the right in English, to the left in Arabic (reversed axis). */
function EndLabel({ x, y, width, height, value, rtl }: EndLabelProps) {
  const [nx, ny, nw, nh] = [x, y, width, height].map(Number) as [number, number, number, number];
  if ([nx, ny, nw, nh].some(Number.isNaN)) return null;
  const start = Math.min(nx, nx + nw);
  const end = Math.max(nx, nx + nw);
  return (
    <text x={rtl ? start - 6 : end + 6} y={ny + nh / 2 + 4} textAnchor={rtl ? 'end' : 'start'} fontSize={12} fill={INK}>
      {String(value ?? '')}
    </text>
  );
}

/** The note, positioned from the chart's own width. */
function IndicativeNote({ text, rtl }: { text: string; rtl: boolean }) {
  return (
    <text x={rtl ? '99%' : 8} y={14} textAnchor={rtl ? 'end' : 'start'} fontSize={12} fontStyle="italic" fill={MUTED_INK}>
      {text}
    </text>
  );
}
