import type { FileTaskKind, FileTaskProgress, FileTaskRequest, FileTaskResults } from './file-task-protocol';
import { FILE_TIME_LIMITS_MS, reviveFailure } from './file-task-protocol';
import type { FileTaskReply } from './file-task.worker';
import { FileTaskStopped } from './file-task-stopped';

export { FileTaskStopped, isFileTaskStopped } from './file-task-stopped';

export type FileTaskOptions = {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: FileTaskProgress) => void;
  /** Only tests pass this; the app uses FILE_TIME_LIMITS_MS. */
  readonly timeLimitMs?: number;
};

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<FileTaskReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/** Workers exist in browsers; component tests (jsdom) run the same code on the main thread. */
function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./file-task.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

/** Starts file work off the main thread, with a time limit and a way to cancel (see file-task-protocol.ts). */
export async function runFileTask<K extends FileTaskKind>(
  request: Extract<FileTaskRequest, { kind: K }>,
  options: FileTaskOptions = {},
  start: () => WorkerLike | null = startWorker,
): Promise<FileTaskResults[K]> {
  const limit = options.timeLimitMs ?? FILE_TIME_LIMITS_MS[request.kind];
  const seconds = Math.round(limit / 1000);
  if (options.signal?.aborted) throw new FileTaskStopped('cancelled', seconds);
  const worker = start();
  if (worker === null) {
    const { performFileTask } = await import('./file-task');
    return performFileTask(request, options.onProgress ?? (() => {}));
  }
  return new Promise<FileTaskResults[K]>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(new FileTaskStopped('cancelled', seconds)));
    const timer = setTimeout(() => finish(() => reject(new FileTaskStopped('timed-out', seconds))), limit);
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        if (!settled) options.onProgress?.(reply.progress);
      } else if (reply.kind === 'done') finish(() => resolve(reply.result as FileTaskResults[K]));
      else finish(() => reject(reviveFailure(reply.failure)));
    };
    worker.onerror = () => finish(() => reject(new FileTaskStopped('worker-failed', seconds)));
    worker.postMessage(request);
  });
}
