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
};

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ReportWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

const startReportWorker = (): WorkerLike => new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/**
 * Starts the worker; a new one per task, ended when the task ends, so nothing stays in memory.
 * Cancelling or running past the time limit ends the worker too, with FileTaskStopped.
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
    const worker = start();
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
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
      } else finish(() => resolve(reply));
    };
    worker.onerror = (event) => finish(() => reject(new Error(event.message || 'The report worker stopped')));
    worker.postMessage(request, request.kind === 'verify' ? [request.bytes.buffer] : []);
  });
}

/** Workers exist in browsers; component tests (jsdom) run the same code on the main thread. */
export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}
