import { vi } from 'vitest';

/**
 * jsdom lays nothing out, so a responsive chart would measure its container as 0 × 0 and draw
 * nothing. This gives every element the size of a chart's container on a real page, a
 * ResizeObserver (recharts measures through it) and the reduced-motion preference, so the charts
 * render exactly as on screen, without animation. Undo with vi.restoreAllMocks / vi.unstubAllGlobals.
 */
export function layOutCharts(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, width, height));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  );
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('prefers-reduced-motion'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}
