import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Serves the built app (dist/) on 127.0.0.1 for the browser tests, exactly as users get it. One
 * server for the whole run: a cold start costs more than a test.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const PORT = Number(process.env.E2E_PORT ?? 4317);

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm run test:all does).');
  }
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(PORT), '--strictPort'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const baseUrl = `http://127.0.0.1:${PORT}/`;
  await waitForServer(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
