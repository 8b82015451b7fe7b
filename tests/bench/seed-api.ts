import type { LargeStoreSpec } from '@/demo/large-store';

/** What the bench-only seed page (seed-page.ts) offers the benchmark as `window.__bench`. */
export type SeedApi = {
  seedDemo(): Promise<void>;
  /** Writes the large store assessment by assessment through replaceAssessmentBundle, timing each write. */
  seedLargeStore(spec?: Partial<LargeStoreSpec>): Promise<{ writeMs: number[]; bareWriteMs: number[]; buildMs: number[] }>;
  counts(): Promise<Record<'assessments' | 'members' | 'responses' | 'sources' | 'comments' | 'history', number>>;
  bareReadResponses(assessmentId: string): Promise<{ ms: number; rows: number }>;
  /** Times bare puts of the given rows per table (one transaction) into an empty copy of the app's schema: a restore's floor. */
  bareBulkPuts(tables: Record<string, readonly object[]>): Promise<number>;
  /** What opening an indicator reads: its sources, comments and last 50 changes, by index. */
  indicatorDetailMs(assessmentId: string, indicatorId: string): Promise<{ ms: number; rows: number }>;
  /** The 50 latest changes of an assessment (an activity feed), by index. */
  latestChangesMs(assessmentId: string): Promise<{ ms: number; rows: number }>;
  /** Times getAssessmentBundle: what an export, a package or a backup reads per assessment. */
  readBundleMs(assessmentId: string): Promise<number>;
  /** The app modules `call` can load (framework-free layers of src/). */
  modules(): string[];
  /**
   * Calls an exported function of an app module in the page and times it (awaiting promises).
   * Arguments are structured-cloned from the bench, or `{ $ref: name }` for a value an earlier
   * call kept with `keepAs` (e.g. an exported package, then imported). Returns the time and a
   * description of the result (type and size).
   */
  call(
    path: string,
    exportName: string,
    args?: unknown[],
    options?: { keepAs?: string },
  ): Promise<{ ms: number; result: { type: string; size?: number } }>;
  /** An app module itself (in the page), for adapters that prepare inputs between timed calls. */
  module(path: string): Promise<Record<string, unknown>>;
  /** A value an earlier call kept with `keepAs` (in the page: the live value), and keeping one. */
  kept(name: string): unknown;
  keep(name: string, value: unknown): void;
  /**
   * The floor of a PDF export in the browser (pdf-floor.ts): a fresh module worker loads jsPDF,
   * writes `characters` characters over `pages` pages and posts the bytes back. `ms` runs from
   * starting the worker to the bytes arriving here; `workMs` is the writing alone, in the worker.
   */
  pdfFloorInWorker(characters: number, pages: number): Promise<{ ms: number; workMs: number }>;
  /** Closes the seed page's database connection so the app's pages are the only readers. */
  close(): void;
};

declare global {
  interface Window {
    __bench: SeedApi;
  }
}
