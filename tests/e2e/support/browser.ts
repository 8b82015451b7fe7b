import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * Debian's Chromium driven by playwright-core. The flags keep Chromium from phoning home, which
 * this machine's closed network refuses (stack-notes.md); never download a browser of its own.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * Contexts start as a device where someone already answered "who is working?" with "always the
 * secretariat on this device" (a choice the app offers), so tests about other things are not
 * stopped by the question. Tests of the question itself use askingContext().
 */
const ANSWERED_DEVICE = () => {
  // about:blank (used to clear site data) has an opaque origin, where reading localStorage throws.
  if (location.protocol !== 'http:') return;
  if (localStorage.getItem('mgi-workbench:device-actor') === null) localStorage.setItem('mgi-workbench:device-actor', 'secretariat');
};
const plainNewContext = new WeakMap<Browser, Browser['newContext']>();

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
  const original = browser.newContext.bind(browser);
  plainNewContext.set(browser, original);
  browser.newContext = async (options) => {
    const context = await original(options);
    await context.addInitScript(ANSWERED_DEVICE);
    return context;
  };
  return browser;
}

/** A context on a device where nobody has said who is working yet: the app asks. */
export async function askingContext(browser: Browser, options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  return (plainNewContext.get(browser) ?? browser.newContext.bind(browser))(options);
}

/** A persistent profile: a second "laptop" in the tests, with its own IndexedDB. */
export async function launchProfile(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'mgi-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
  });
  await context.addInitScript(ANSWERED_DEVICE);
  return context;
}

/** Fails the test on any uncaught page error or console error, the way users would notice them. */
export function watchForErrors(page: Page): { assertClean(): void } {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  return { assertClean: () => expect(errors).toEqual([]) };
}

const require = createRequire(import.meta.url);

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag: the app's Content-Security-Policy
  // (script-src 'self') rightly blocks inline scripts, and the test must not weaken it.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
