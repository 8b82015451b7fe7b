import type { Locale } from '@/domain/localized-text';
import type { ReportExtras } from '@/domain/printed-texts';
import type { AssessmentBundle } from '@/domain/assessment-bundle';
import type { AttachmentPolicy } from '@/report/report-attachment';
import type { ReportDigits } from '@/report/report-options';
import type { VerifyResult } from '@/report/verify-report-pdf';
import { FileTaskStopped } from '@/interchange/file-task-stopped';

/** Messages between the report screen and its worker (report-worker.ts). */

export type ReportWorkerRequest =
  | {
      readonly kind: 'build';
      readonly bundle: AssessmentBundle;
      readonly options: {
        readonly locale: Locale;
        readonly previous: AssessmentBundle | null;
        readonly attachment: AttachmentPolicy;
        readonly digits: ReportDigits;
        readonly extras?: ReportExtras | undefined;
      };
    }
  | { readonly kind: 'verify'; readonly bytes: Uint8Array };

export type ReportWorkerReply =
  | { readonly kind: 'progress'; readonly stage: string; readonly fraction: number }
  | { readonly kind: 'built'; readonly bytes: Uint8Array; readonly pages: number; readonly fingerprint: string; readonly fileName: string }
  | { readonly kind: 'verified'; readonly result: VerifyResult }
  | {
      readonly kind: 'failed';
      readonly name: string;
      readonly code?: string | undefined;
      readonly detail?: string | undefined;
      readonly message: string;
    };

/** How long a check may run before the worker is stopped: a file that would never finish. */
export const VERIFY_TIME_LIMIT_MS = 120_000;

export type ReportWorkerOptions = {
  readonly signal?: AbortSignal;
  /** Stops the worker and rejects with FileTaskStopped('timed-out') after this long. */
  readonly timeLimitMs?: number;
  /**
   * Runs in the kept worker and keeps it for the next such task (exports). Without it (checks of
   * files from anywhere) the task gets a worker of its own, ended when the task ends.
   */
  readonly keep?: boolean;
};

export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ReportWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

const startReportWorker = (): WorkerLike => new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/**
 * The report worker kept between exports: started on the first export, it keeps the PDF code
 * compiled and the fonts loaded, so later exports skip that cold start. An export that fails, is
 * cancelled or runs out of time ends it; the next export starts a new one.
 */
let kept: { worker: WorkerLike; busy: boolean } | null = null;

/** The kept worker when it is free, else a new one (kept if none is): two tasks never share one. */
function takeWorker(start: () => WorkerLike, keepable: boolean): { worker: WorkerLike; keep: boolean } {
  if (!keepable) return { worker: start(), keep: false };
  if (kept && !kept.busy) {
    kept.busy = true;
    return { worker: kept.worker, keep: true };
  }
  const worker = start();
  if (kept) return { worker, keep: false };
  kept = { worker, busy: true };
  return { worker, keep: true };
}

/**
 * Starts the kept worker ahead of the first export (the export screen calls it once it is idle):
 * the PDF code compiles and the fonts download while the user picks the language and options, so
 * the first export no longer pays that cold start (about 2 of its 3.5–4.7 s on the test machine).
 */
export function warmUpReportWorker(start: () => WorkerLike = startReportWorker): void {
  if (kept || !workersAvailable()) return;
  kept = { worker: start(), busy: false };
}

/** Ends the kept worker (tests; a task that went wrong ends it itself). */
export function endKeptReportWorker(): void {
  kept?.worker.terminate();
  kept = null;
}

/**
 * Runs one task in a report worker. Cancelling or running past the time limit ends the worker,
 * with FileTaskStopped; a failure ends it too. With `keep`, a worker that finished its task well
 * is kept for the next such task; otherwise it ends with its task, so nothing stays in memory.
 */
export function runReportWorker(
  request: ReportWorkerRequest,
  onProgress: (stage: string, fraction: number) => void,
  options: ReportWorkerOptions = {},
  start: () => WorkerLike = startReportWorker,
): Promise<Extract<ReportWorkerReply, { kind: 'built' | 'verified' }>> {
  const seconds = Math.round((options.timeLimitMs ?? 0) / 1000);
  if (options.signal?.aborted) return Promise.reject(new FileTaskStopped('cancelled', seconds));
  return new Promise((resolve, reject) => {
    const { worker, keep } = takeWorker(start, options.keep === true);
    let settled = false;
    const finish = (outcome: () => void, succeeded = false) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      if (keep && succeeded && kept?.worker === worker) kept.busy = false;
      else {
        worker.terminate();
        if (kept?.worker === worker) kept = null;
      }
      outcome();
    };
    const onAbort = () => finish(() => reject(new FileTaskStopped('cancelled', seconds)));
    const timer =
      options.timeLimitMs === undefined
        ? undefined
        : setTimeout(() => finish(() => reject(new FileTaskStopped('timed-out', seconds))), options.timeLimitMs);
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ReportWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        if (!settled) onProgress(reply.stage, reply.fraction);
        return;
      }
      if (reply.kind === 'failed') {
        const error = Object.assign(new Error(reply.message), { name: reply.name, code: reply.code, detail: reply.detail });
        finish(() => reject(error));
      } else finish(() => resolve(reply), true);
    };
    worker.onerror = (event) => finish(() => reject(new Error(event.message || 'The report worker stopped')));
    worker.postMessage(request, request.kind === 'verify' ? [request.bytes.buffer] : []);
  });
}

/** Workers exist in browsers; component tests (jsdom) run the same code on the main thread. */
export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}
