import type {
  AsyncTerminable,
  AsyncUnzipOptions,
  AsyncZipOptions,
  AsyncZippable,
  FlateCallback,
  UnzipCallback,
  Unzipped,
  Zippable,
} from 'fflate';
import { unzipSync, zipSync } from 'fflate';

/**
 * fflate as the XLSX libraries see it (vite.config.ts points their `fflate` import here). Their
 * asynchronous `zip` and `unzip` hand any entry above 160 kB (zip) or 512 kB (unzip) to a Worker
 * started from a `blob:` URL. The app's Content-Security-Policy (`worker-src 'self'`) blocks that
 * worker, fflate never hears back, and reading or writing a sheet with long justifications hung
 * for good (issue 16). The XLSX work already runs in the app's own file worker
 * (file-task-worker.ts), so doing it synchronously there costs the page nothing.
 */

export * from 'fflate';

/** Runs `work` after the current task, as fflate's own callbacks do, and reports to `done`. */
function later<T>(work: () => T, done: (error: Error | null, value: T | null) => void): AsyncTerminable {
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    let value: T;
    try {
      value = work();
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)), null);
      return;
    }
    done(null, value);
  });
  return () => {
    cancelled = true;
  };
}

export function zip(data: AsyncZippable, optionsOrDone: AsyncZipOptions | FlateCallback, maybeDone?: FlateCallback): AsyncTerminable {
  const done = typeof optionsOrDone === 'function' ? optionsOrDone : maybeDone!;
  const options = typeof optionsOrDone === 'function' ? {} : optionsOrDone;
  // AsyncZippable and Zippable differ only in per-file option types the sync form also accepts.
  return later(
    () => zipSync(data as Zippable, options),
    (error, value) => done(error as Parameters<FlateCallback>[0], value as Uint8Array<ArrayBuffer>),
  );
}

export function unzip(data: Uint8Array, optionsOrDone: AsyncUnzipOptions | UnzipCallback, maybeDone?: UnzipCallback): AsyncTerminable {
  const done = typeof optionsOrDone === 'function' ? optionsOrDone : maybeDone!;
  const options = typeof optionsOrDone === 'function' ? {} : optionsOrDone;
  return later(
    () => unzipSync(data, options),
    (error, value) => done(error as Parameters<UnzipCallback>[0], value as Unzipped),
  );
}
