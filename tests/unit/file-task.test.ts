import { strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExchangeError } from '@/domain/merge-errors';
import { unzip, zip } from '@/interchange/fflate-without-workers';
import type { FileTaskReply } from '@/interchange/file-task.worker';
import { FileTaskStopped, runFileTask } from '@/interchange/file-task-client';
import { describeFailure } from '@/interchange/file-task-protocol';
import { exchangeRefusal } from '@/interchange/package-error-text';
import { initI18n, loadNamespaces } from '@/i18n/i18n';

/** A stand-in for the browser's Worker: the test plays the worker's side. */
function fakeWorker() {
  const worker = {
    onmessage: null as ((event: MessageEvent<FileTaskReply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    posted: [] as unknown[],
    terminated: 0,
    postMessage(message: unknown) {
      worker.posted.push(message);
    },
    terminate() {
      worker.terminated += 1;
    },
    reply(reply: FileTaskReply) {
      worker.onmessage?.({ data: reply } as MessageEvent<FileTaskReply>);
    },
  };
  return worker;
}

const file = new File(['id\nA1\n'], 'a.csv', { type: 'text/csv' });

afterEach(() => {
  vi.useRealTimers();
});

describe('runFileTask', () => {
  it('passes progress on and resolves with the worker result, then ends the worker', async () => {
    const worker = fakeWorker();
    const progress: unknown[] = [];
    const running = runFileTask({ kind: 'read-spreadsheet', file }, { onProgress: (p) => progress.push(p) }, () => worker);
    expect(worker.posted).toEqual([{ kind: 'read-spreadsheet', file }]);
    worker.reply({ kind: 'progress', progress: { stage: 'reading', fraction: 0.5 } });
    worker.reply({ kind: 'done', result: { ok: true, format: 'csv', rows: [['id'], ['A1']], meta: {} } });
    await expect(running).resolves.toMatchObject({ ok: true, rows: [['id'], ['A1']] });
    expect(progress).toEqual([{ stage: 'reading', fraction: 0.5 }]);
    expect(worker.terminated).toBe(1);
  });

  it('stops the worker when the user cancels, and ignores what it says afterwards', async () => {
    const worker = fakeWorker();
    const controller = new AbortController();
    const running = runFileTask({ kind: 'read-package', file }, { signal: controller.signal }, () => worker);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'FileTaskStopped', reason: 'cancelled' });
    expect(worker.terminated).toBe(1);
    worker.reply({ kind: 'done', result: {} });
    expect(worker.terminated).toBe(1);
  });

  it('stops a task that runs past its time limit and says how long it waited', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const running = runFileTask({ kind: 'check-catalogue', file, installedKeys: [] }, { timeLimitMs: 30_000 }, () => worker);
    const settled = expect(running).rejects.toMatchObject({ reason: 'timed-out', seconds: 30 });
    vi.advanceTimersByTime(29_999);
    expect(worker.terminated).toBe(0);
    vi.advanceTimersByTime(1);
    await settled;
    expect(worker.terminated).toBe(1);
  });

  it('turns a worker crash into a stop with its own reason', async () => {
    const worker = fakeWorker();
    const running = runFileTask({ kind: 'open-backup', file, passphrase: null }, {}, () => worker);
    worker.onerror?.({} as ErrorEvent);
    await expect(running).rejects.toMatchObject({ reason: 'worker-failed' });
  });

  it('brings a refusal across with its code, detail and schema problem intact', async () => {
    const worker = fakeWorker();
    const running = runFileTask({ kind: 'read-package', file }, {}, () => worker);
    worker.reply({ kind: 'failed', failure: describeFailure(new ExchangeError('too-large', { limitMb: 20 })) });
    const error = await running.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExchangeError);
    expect(error).toMatchObject({ code: 'too-large', detail: { limitMb: 20 } });
  });

  it('refuses to start when the task was cancelled before it began', async () => {
    const controller = new AbortController();
    controller.abort();
    const start = vi.fn(fakeWorker);
    await expect(runFileTask({ kind: 'read-spreadsheet', file }, { signal: controller.signal }, start)).rejects.toBeInstanceOf(
      FileTaskStopped,
    );
    expect(start).not.toHaveBeenCalled();
  });
});

describe('what the user reads when a file task stops', () => {
  it('says what happened and what to do, in English and Arabic', async () => {
    await initI18n('en');
    await loadNamespaces('ar', ['refusals', 'exchange']);
    const timedOut = new FileTaskStopped('timed-out', 60);
    expect(exchangeRefusal(timedOut, 'en').message).toBe(
      'The file was still not done after 60 seconds, so the app stopped working on it. Nothing was changed. It may be damaged, or much larger inside than it looks: open it in the program that made it, save it again, and try again, or split it into smaller files.',
    );
    expect(exchangeRefusal(timedOut, 'ar').message).toContain('60 ثانية');
    expect(exchangeRefusal(new FileTaskStopped('cancelled', 60), 'ar').message).toBe(
      'أُلغيت العملية. لم يُقرأ الملف في التطبيق ولم يتغيّر شيء.',
    );
  });
});

describe('fflate as the XLSX libraries see it', () => {
  const hasWorker = 'Worker' in globalThis;
  it('zips and unzips entries far above the sizes where fflate would start a blob: worker', async () => {
    // Compressible text above 512 kB: fflate's own async zip and unzip would each hand it to a worker.
    const big = strToU8('The law on migration sets out the procedure. '.repeat(20_000));
    expect(big.length).toBeGreaterThan(600_000);
    const zipped = await new Promise<Uint8Array>((resolve, reject) =>
      zip({ 'xl/sharedStrings.xml': big }, (error, data) => (error ? reject(error) : resolve(data))),
    );
    const same = (a: Uint8Array | undefined) => a !== undefined && Buffer.from(a).equals(Buffer.from(big));
    expect(same(unzipSync(zipped)['xl/sharedStrings.xml'])).toBe(true);
    const files = await new Promise<Record<string, Uint8Array>>((resolve, reject) =>
      unzip(zipped, { filter: (entry) => entry.name.endsWith('.xml') }, (error, data) => (error ? reject(error) : resolve(data))),
    );
    expect(same(files['xl/sharedStrings.xml'])).toBe(true);
    expect('Worker' in globalThis).toBe(hasWorker);
  });

  it('reports a broken archive through the callback, as fflate does', async () => {
    const error = await new Promise<unknown>((resolve) => unzip(new Uint8Array([1, 2, 3]), (failure) => resolve(failure)));
    expect(error).toBeInstanceOf(Error);
  });
});
