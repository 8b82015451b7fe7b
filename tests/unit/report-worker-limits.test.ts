import { afterEach, describe, expect, it } from 'vitest';
import { FileTaskStopped } from '@/interchange/file-task-stopped';
import type { ReportWorkerReply, WorkerLike } from '@/features/pdf-export/report-worker-protocol';
import { endKeptReportWorker, runReportWorker, warmUpReportWorker } from '@/features/pdf-export/report-worker-protocol';

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

/** A report worker that answers each task with `reply` (a built PDF unless told otherwise). */
function answeringWorker(
  reply: ReportWorkerReply = { kind: 'built', bytes: new Uint8Array(4), pages: 1, fingerprint: 'f', fileName: 'a.pdf' },
) {
  const worker = {
    terminated: 0,
    posted: 0,
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    postMessage() {
      worker.posted += 1;
      queueMicrotask(() => worker.onmessage?.({ data: reply } as MessageEvent<ReportWorkerReply>));
    },
    terminate() {
      worker.terminated += 1;
    },
  };
  return worker;
}

const task = { kind: 'verify', bytes: new Uint8Array(8) } as const;

describe('one report worker is kept between tasks (issue 11, point 8)', () => {
  afterEach(() => endKeptReportWorker());

  it('reuses the worker of an export that went well, and starts a second one only while it is busy', async () => {
    const workers = [answeringWorker(), answeringWorker()];
    let started = 0;
    const start = () => workers[started++]!;
    await runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start);
    await runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start);
    expect(started).toBe(1);
    expect(workers[0]).toMatchObject({ posted: 2, terminated: 0 });
    // Two tasks at once: the second gets a worker of its own, ended when it is done.
    await Promise.all([
      runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start),
      runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start),
    ]);
    expect(started).toBe(2);
    expect(workers[0]).toMatchObject({ posted: 3, terminated: 0 });
    expect(workers[1]).toMatchObject({ posted: 1, terminated: 1 });
    // A check of a file (no `keep`) has a worker of its own, ended even when it went well.
    const own = answeringWorker();
    await runReportWorker(
      { ...task, bytes: new Uint8Array(8) },
      () => {},
      {},
      () => own,
    );
    expect(own.terminated).toBe(1);
    expect(workers[0]!.terminated).toBe(0);
  });

  it('ends the kept worker when a task fails or is cancelled, and starts a new one for the next task', async () => {
    const failing = answeringWorker({ kind: 'failed', name: 'Error', message: 'font missing' });
    const silent = silentWorker();
    const fresh = answeringWorker();
    const queue: WorkerLike[] = [failing, silent, fresh];
    const start = () => queue.shift()!;
    await expect(runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start)).rejects.toThrow('font missing');
    expect(failing.terminated).toBe(1);
    const controller = new AbortController();
    const cancelled = runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { signal: controller.signal, keep: true }, start);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ reason: 'cancelled' });
    expect(silent.terminated).toBe(1);
    await runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start);
    expect(fresh).toMatchObject({ posted: 1, terminated: 0 });
  });

  it('starts the kept worker ahead of the first export, once, and the export then runs in it', async () => {
    const globals = globalThis as { Worker?: unknown };
    const hadWorker = 'Worker' in globals;
    globals.Worker ??= class {};
    try {
      const early = answeringWorker();
      let started = 0;
      const start = () => {
        started += 1;
        return started === 1 ? early : answeringWorker();
      };
      warmUpReportWorker(start);
      warmUpReportWorker(start);
      expect(started).toBe(1);
      expect(early.posted).toBe(0);
      await runReportWorker({ ...task, bytes: new Uint8Array(8) }, () => {}, { keep: true }, start);
      expect(started).toBe(1);
      expect(early).toMatchObject({ posted: 1, terminated: 0 });
    } finally {
      if (!hadWorker) delete globals.Worker;
    }
  });
});
