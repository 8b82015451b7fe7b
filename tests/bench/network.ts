import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * Records which scripts and styles a page fetches, phase by phase (start screen, opening an
 * assessment, the profile, the PDF export), with the bytes on the wire and their gzip size.
 */

export type Fetched = {
  readonly phase: string;
  readonly file: string;
  readonly kind: 'js' | 'css' | 'other';
  /** Body bytes as transferred (after any content encoding the server applied). */
  readonly transferred: number;
  /** The file gzipped at level 9: comparable across servers, and what the CI budget counts. */
  readonly gzip: number;
  readonly raw: number;
};

export type PhaseSummary = {
  readonly phase: string;
  readonly files: readonly Fetched[];
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly transferred: number;
};

export class NetworkRecorder {
  private phase = 'start screen';
  private readonly pending: Promise<void>[] = [];
  readonly fetched: Fetched[] = [];

  constructor(
    page: Page,
    private readonly distDir: string,
  ) {
    page.on('requestfinished', (request) => {
      const phase = this.phase;
      this.pending.push(
        request.sizes().then(
          (sizes) => {
            const path = new URL(request.url()).pathname;
            if (!path.startsWith('/assets/')) return;
            const file = path.slice(1);
            const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : 'other';
            const onDisk = join(this.distDir, file);
            const bytes = existsSync(onDisk) ? readFileSync(onDisk) : Buffer.alloc(0);
            this.fetched.push({
              phase,
              file,
              kind,
              transferred: sizes.responseBodySize,
              gzip: gzipSync(bytes, { level: 9 }).length,
              raw: bytes.length,
            });
          },
          () => undefined,
        ), // The page closed before the sizes came back: nothing left to record.
      );
    });
  }

  /** Requests that start from now on belong to `phase`. Waits for the earlier ones to settle. */
  async enter(phase: string): Promise<void> {
    await Promise.all(this.pending);
    this.phase = phase;
  }

  async summary(): Promise<PhaseSummary[]> {
    await Promise.all(this.pending);
    const phases = [...new Set(this.fetched.map((f) => f.phase))];
    return phases.map((phase) => {
      const files = this.fetched.filter((f) => f.phase === phase);
      const sum = (kind: Fetched['kind']) => files.filter((f) => f.kind === kind).reduce((total, f) => total + f.gzip, 0);
      return { phase, files, jsGzip: sum('js'), cssGzip: sum('css'), transferred: files.reduce((total, f) => total + f.transferred, 0) };
    });
  }
}

export function printNetwork(phases: readonly PhaseSummary[]): void {
  console.log('\nwhat loads when (gzip level 9; transferred = bytes on the wire from vite preview):');
  for (const phase of phases) {
    console.log(
      `  ${phase.phase}: ${phase.files.length} files, JS ${(phase.jsGzip / 1024).toFixed(1)} kB, CSS ${(phase.cssGzip / 1024).toFixed(1)} kB gzip, ${(phase.transferred / 1024).toFixed(1)} kB transferred`,
    );
    for (const file of phase.files)
      console.log(`      ${file.file}  ${(file.gzip / 1024).toFixed(1)} kB gzip (${(file.raw / 1024).toFixed(1)} kB raw)`);
  }
}
