import type { ReactNode } from 'react';

/**
 * Colour-blind-safe fills for every chart: the Okabe-Ito palette, each series also carrying its
 * own pattern (stripes, dots, cross-hatch) and a dark outline, so no series is told apart by
 * colour alone, on screen or in greyscale print. (The PDF's charts are drawn by src/report/.)
 */

export type PatternKind = 'solid' | 'stripes' | 'dots' | 'cross' | 'empty';
export type FillSpec = { readonly color: string; readonly pattern: PatternKind };

const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  grey: '#6E6E6E',
  white: '#FFFFFF',
} as const;

/** Outline of every bar: gives each shape 3:1 contrast with the white background. */
export const OUTLINE = '#1b1f24';
export const GRID = '#d0d7de';
export const INK = '#1b1f24';
export const MUTED_INK = '#545d68';

export const LEVEL_FILLS: Readonly<Record<string, FillSpec>> = {
  developed: { color: OKABE_ITO.blue, pattern: 'solid' },
  partial: { color: OKABE_ITO.orange, pattern: 'stripes' },
  gap: { color: OKABE_ITO.vermillion, pattern: 'dots' },
  'not-applicable': { color: OKABE_ITO.grey, pattern: 'cross' },
  'not-scored': { color: OKABE_ITO.white, pattern: 'empty' },
};

export const CHANGE_FILLS: Readonly<Record<string, FillSpec>> = {
  improved: { color: OKABE_ITO.bluishGreen, pattern: 'solid' },
  unchanged: { color: OKABE_ITO.skyBlue, pattern: 'stripes' },
  declined: { color: OKABE_ITO.vermillion, pattern: 'dots' },
  'not-comparable': { color: OKABE_ITO.white, pattern: 'cross' },
};

/** SDG 10.7.2 categories 1–4: from "requires further progress" to "fully meets". */
export const SDG_FILLS: Readonly<Record<string, FillSpec>> = {
  '1': { color: OKABE_ITO.vermillion, pattern: 'dots' },
  '2': { color: OKABE_ITO.orange, pattern: 'stripes' },
  '3': { color: OKABE_ITO.skyBlue, pattern: 'cross' },
  '4': { color: OKABE_ITO.blue, pattern: 'solid' },
  /** The firm part of a bar whose range spans two categories. */
  open: { color: OKABE_ITO.grey, pattern: 'solid' },
  /** The part of a range that depends on how "Partially" is counted. */
  spread: { color: OKABE_ITO.white, pattern: 'stripes' },
};

export const RADAR_STROKES = {
  developed: { color: OKABE_ITO.blue, dash: undefined },
  developedOrPartial: { color: OKABE_ITO.vermillion, dash: '6 4' },
} as const;

export function patternId(uid: string, key: string): string {
  return `${uid.replace(/[^a-zA-Z0-9_-]/g, '')}-fill-${key.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export function fillUrl(uid: string, key: string): string {
  return `url(#${patternId(uid, key)})`;
}

/** Marks drawn over the base colour: dark on light fills, white on dark ones. */
function marks(kind: PatternKind, markColor: string): ReactNode {
  switch (kind) {
    case 'stripes':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={markColor} strokeWidth={1.6} />;
    case 'dots':
      return <circle cx={4} cy={4} r={1.6} fill={markColor} />;
    case 'cross':
      return <path d="M0,0 L8,8 M8,0 L0,8" stroke={markColor} strokeWidth={1} />;
    case 'solid':
    case 'empty':
      return null;
  }
}

/** The <defs> with one pattern per series; ids are made unique per chart instance by `uid`. */
export function PatternDefs({ uid, fills }: { uid: string; fills: Readonly<Record<string, FillSpec>> }) {
  return (
    <defs>
      {Object.entries(fills).map(([key, spec]) => {
        const light = spec.color === OKABE_ITO.white || spec.color === OKABE_ITO.orange || spec.color === OKABE_ITO.skyBlue;
        return (
          <pattern key={key} id={patternId(uid, key)} patternUnits="userSpaceOnUse" width={8} height={8}>
            <rect width={8} height={8} fill={spec.color} />
            {marks(spec.pattern, light ? INK : OKABE_ITO.white)}
          </pattern>
        );
      })}
    </defs>
  );
}

export type LegendItem = { readonly key: string; readonly label: string };

/** A small swatch for HTML legends and tables: the same pattern as in the chart. */
export function Swatch({ fill }: { fill: FillSpec }) {
  const uid = `swatch-${fill.color.slice(1)}-${fill.pattern}`;
  return (
    <svg width={14} height={14} aria-hidden="true" focusable="false" className="chart-swatch">
      <PatternDefs uid={uid} fills={{ s: fill }} />
      <rect x={0.5} y={0.5} width={13} height={13} fill={fillUrl(uid, 's')} stroke={OUTLINE} />
    </svg>
  );
}

/** The legend under a chart: a swatch with the same pattern as the bars, then the label. */
export function HtmlLegend({ items, fills }: { items: readonly LegendItem[]; fills: Readonly<Record<string, FillSpec>> }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => {
        const fill = fills[item.key];
        return (
          <li key={item.key}>
            {fill && <Swatch fill={fill} />} {item.label}
          </li>
        );
      })}
    </ul>
  );
}
