import type { Locale } from '@/domain/localized-text';
import type { ReportExtras } from '@/domain/printed-texts';
import type { AssessmentBundle } from '@/domain/assessment-bundle';
import type { AttachmentPolicy } from '@/report/report-attachment';
import type { ReportDigits } from '@/report/report-options';
import type { VerifyResult } from '@/report/verify-report-pdf';

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

/** Starts the worker; a new one per task, ended when the task ends, so nothing stays in memory. */
export function runReportWorker(
  request: ReportWorkerRequest,
  onProgress: (stage: string, fraction: number) => void,
): Promise<Extract<ReportWorkerReply, { kind: 'built' | 'verified' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReportWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        onProgress(reply.stage, reply.fraction);
        return;
      }
      worker.terminate();
      if (reply.kind === 'failed') {
        const error = Object.assign(new Error(reply.message), { name: reply.name, code: reply.code, detail: reply.detail });
        reject(error);
      } else resolve(reply);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The report worker stopped'));
    };
    worker.postMessage(request, request.kind === 'verify' ? [request.bytes.buffer] : []);
  });
}

/** Workers exist in browsers; component tests (jsdom) run the same code on the main thread. */
export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}
