import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchForErrors } from './support/browser';

/**
 * The build is served from a sub-folder (https://host/mgi/), as an organisation's intranet or a
 * shared static host would: everything must load through relative URLs, and nothing may reach for
 * the site root. A tiny static server answers only under /mgi/ and 404s everything else.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

const outsideFolder: string[] = [];
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!path.startsWith('/mgi/')) {
    outsideFolder.push(path);
    response.writeHead(404).end();
    return;
  }
  const file = normalize(join(dist, path.slice('/mgi/'.length) || 'index.html'));
  if (!file.startsWith(dist)) {
    response.writeHead(403).end();
    return;
  }
  readFile(file).then(
    (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
    () => response.writeHead(404).end(),
  );
});

let browser: Browser;
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('served from a sub-folder (/mgi/)', () => {
  it('loads the start screen, the demo and a lazy route, with every request inside the folder', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${origin}/mgi/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await page.goto(`${origin}/mgi/#/demo`);
    await page.getByRole('heading', { level: 1, name: 'Country profile: Demoland (demo)' }).waitFor();
    await page.locator('[data-testid="chart-domains"] .recharts-wrapper > svg').waitFor();

    await page.goto(`${origin}/mgi/#/catalogues`);
    await page.getByRole('heading', { level: 1, name: 'Indicator catalogues' }).waitFor();

    expect(failed).toEqual([]);
    expect(outsideFolder).toEqual([]);
    errors.assertClean();
    await context.close();
  });

  it('precaches only files that load from the folder', async () => {
    const worker = await (await fetch(`${origin}/mgi/sw.js`)).text();
    const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((url) => url.startsWith('/'))).toEqual([]);
    const statuses = await Promise.all(urls.map(async (url) => `${(await fetch(`${origin}/mgi/${url}`)).status} ${url}`));
    expect(statuses.filter((line) => !line.startsWith('200 '))).toEqual([]);
  });
});
