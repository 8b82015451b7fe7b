import { describe, expect, it } from 'vitest';
import { FileTaskStopped } from '@/interchange/file-task-stopped';
import { runReportWorker } from '@/features/pdf-export/report-worker-protocol';

/** A report worker that never answers, as one parsing a hostile PDF for ever would. */
function silentWorker() {
  const worker = {
    terminated: 0,
    posted: 0,
    onmessage: null,
    onerror: null,
    postMessage() {
      worker.posted += 1;
    },
    terminate() {
      worker.terminated += 1;
    },
  };
  return worker;
}

describe('the report worker has a time limit and can be cancelled (issue 16, point 5)', () => {
  it('stops a check that runs past its time limit: the worker ends and the caller hears "timed-out"', async () => {
    const worker = silentWorker();
    const check = runReportWorker(
      { kind: 'verify', bytes: new Uint8Array(8) },
      () => {},
      { timeLimitMs: 30 },
      () => worker,
    );
    await expect(check).rejects.toMatchObject({ name: 'FileTaskStopped', reason: 'timed-out' });
    expect(worker).toMatchObject({ posted: 1, terminated: 1 });
  });

  it('ends the worker at once when the user cancels, before or during the check', async () => {
    const worker = silentWorker();
    const controller = new AbortController();
    const check = runReportWorker(
      { kind: 'verify', bytes: new Uint8Array(8) },
      () => {},
      { signal: controller.signal, timeLimitMs: 60_000 },
      () => worker,
    );
    controller.abort();
    await expect(check).rejects.toBeInstanceOf(FileTaskStopped);
    await expect(check).rejects.toMatchObject({ reason: 'cancelled' });
    expect(worker.terminated).toBe(1);

    const never = silentWorker();
    await expect(
      runReportWorker(
        { kind: 'verify', bytes: new Uint8Array(8) },
        () => {},
        { signal: controller.signal },
        () => never,
      ),
    ).rejects.toMatchObject({ reason: 'cancelled' });
    expect(never.posted).toBe(0);
  });
});
