import type { Browser } from 'playwright-core';
import type { PhaseSummary } from './network';
import type { Figure, Skipped } from './stats';

/** What every bench step gets, and where it puts its figures. */
export type BenchContext = {
  readonly root: string;
  readonly distDir: string;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** Runs per timed figure (cold loads use fewer: each needs a fresh browser context). */
  readonly runs: number;
  readonly coldRuns: number;
  readonly figures: Figure[];
  readonly skipped: Skipped[];
  network: PhaseSummary[];
  log(message: string): void;
};

/** Where the assessment page renders indicator rows, and what marks the profile view. */
export const INDICATOR_ROW = '[data-indicator-id]';
export const OVERVIEW_FALLBACK = '[data-testid="indicator-overview"]';
/**
 * The profile view is detected at run time: the route renders the profile feature's root
 * (`data-testid="profile-view"`) or a chart, instead of the assessment overview it shows today.
 */
export const PROFILE_VIEW = '[data-testid="profile-view"], .recharts-surface';

export function assessmentHash(id: string): string {
  return `#/assessments/${encodeURIComponent(id)}`;
}

export function profileHash(id: string): string {
  return `#/assessments/${encodeURIComponent(id)}/profile`;
}
