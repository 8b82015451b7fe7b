import type { Locale } from '@/domain/localized-text';

/**
 * Every chart fills its container's width (recharts' `responsive` mode) at a height set from its
 * rows. (The PDF does not use these components: src/report/ draws its own vector charts.)
 */

export type ChartProps<Data> = {
  readonly data: Data;
  readonly locale: Locale;
  /** A click on a bar or point: which row and which series, for tracing to the indicators. */
  readonly onSelect?: ((rowId: string, seriesKey: string) => void) | undefined;
};

export function sizing(screenHeight: number) {
  return { responsive: true, style: { width: '100%', height: screenHeight, maxWidth: '100%' } } as const;
}

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Animations follow the user's reduced-motion preference. */
export function animationOn(): boolean {
  return !prefersReducedMotion();
}
