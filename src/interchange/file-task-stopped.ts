/**
 * Why a file task stopped: the user cancelled it, it ran past its time limit (a file that would
 * never finish), or the worker itself failed (out of memory, blocked, crashed).
 */
export class FileTaskStopped extends Error {
  constructor(
    readonly reason: 'cancelled' | 'timed-out' | 'worker-failed',
    readonly seconds: number,
  ) {
    super(`file task stopped: ${reason}`);
    this.name = 'FileTaskStopped';
  }
}

export function isFileTaskStopped(error: unknown): error is FileTaskStopped {
  return error instanceof FileTaskStopped;
}
