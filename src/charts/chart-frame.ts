import type { Locale } from '@/domain/localized-text';

/**
 * How a chart is sized. On screen a chart fills its container (recharts' `responsive` mode). With
 * a `size`, it renders at exactly that width and height with animations off and its legend drawn
 * inside the SVG; the component tests use that, since jsdom has no layout. (The PDF does not use
 * these components: src/report/ draws its own vector charts.)
 */
export type ChartSize = { readonly width: number; readonly height: number; readonly animate?: boolean };

export type ChartProps<Data> = {
  readonly data: Data;
  readonly locale: Locale;
  /** Fixed-size mode (tests): explicit pixels, no ResizeObserver, animations off unless asked. */
  readonly size?: ChartSize | undefined;
  /** A click on a bar or point: which row and which series, for tracing to the indicators. */
  readonly onSelect?: ((rowId: string, seriesKey: string) => void) | undefined;
};

export type SizingProps =
  | { width: number; height: number; responsive?: undefined; style?: undefined }
  | { responsive: true; style: { width: string; height: number; maxWidth: string }; width?: undefined; height?: undefined };

export function sizing(size: ChartSize | undefined, screenHeight: number): SizingProps {
  if (size) return { width: size.width, height: size.height };
  return { responsive: true, style: { width: '100%', height: screenHeight, maxWidth: '100%' } };
}

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export function animationOn(size: ChartSize | undefined): boolean {
  if (size) return size.animate === true;
  return !prefersReducedMotion();
}
