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
/**
 * The profile view is detected at run time: the route renders the profile feature (its root
 * `.profile-page` or `data-testid="profile-view"`, or a chart) instead of the assessment page it
 * shows until the profile feature lands (then NOT_PROFILE matches: indicator rows or the overview).
 */
export const PROFILE_VIEW = '[data-testid="profile-view"], .profile-page, .recharts-surface';
export const NOT_PROFILE = '[data-testid="indicator-overview"], [data-indicator-id]';
/** The profile's first chart (recharts draws an svg.recharts-surface): when the profile is really seen. */
export const PROFILE_CHART = '.recharts-surface';
export const LIST_ROW = '[data-testid="assessment-list"] tbody tr';

export function assessmentHash(id: string): string {
  return `#/assessments/${encodeURIComponent(id)}`;
}

export function profileHash(id: string): string {
  return `#/assessments/${encodeURIComponent(id)}/profile`;
}

/** Where the key press floor serves Dexie's own build to the app's page (keypress-to-idb.ts), on its origin. */
export const DEXIE_URL = '/__bench/dexie.min.js';
