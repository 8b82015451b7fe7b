/// <reference lib="webworker" />
import type { FileTaskFailure, FileTaskProgress, FileTaskRequest } from './file-task-protocol';
import { describeFailure } from './file-task-protocol';
import { performFileTask } from './file-task';

/**
 * The file worker: one per task, started by file-task-client.ts and ended when the task ends or
 * is cancelled or runs out of time. It is a module worker from the app's own origin, which the
 * CSP allows (`worker-src 'self'`); nothing in it starts a further worker (see
 * fflate-without-workers.ts).
 */

export type FileTaskReply =
  | { readonly kind: 'progress'; readonly progress: FileTaskProgress }
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'failed'; readonly failure: FileTaskFailure };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FileTaskReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<FileTaskRequest>) => {
  try {
    const result = await performFileTask(event.data, (progress) => post({ kind: 'progress', progress }));
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'failed', failure: describeFailure(error) });
  }
};
