import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { INDICATOR_ROW, LIST_ROW, PROFILE_CHART, PROFILE_VIEW } from './context';
import type { SeedApi } from './seed-api';

/**
 * Debian's Chromium, with the same flags as tests/e2e/support/browser.ts (kept in step by hand:
 * that module imports Vitest, which the bench does not run under).
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

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/** A page whose HTTP cache is off, so each load fetches and compiles every script again (cold). */
export async function coldPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { page, cdp };
}

/** Opens the bench-only seed page on the app's origin and returns once its API is ready. */
export async function openSeeder(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(new URL('__bench/tests/bench/seed-page.html', baseUrl).href);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  return page;
}

export async function seedDemo(context: BrowserContext, baseUrl: string): Promise<void> {
  const seeder = await openSeeder(context, baseUrl);
  await seeder.evaluate(() => window.__bench.seedDemo());
  await seeder.evaluate(() => window.__bench.close());
  await seeder.close();
}

export type SeedResult = Awaited<ReturnType<SeedApi['seedLargeStore']>>;

/**
 * performance.now() at the DOM change that FIRST made `selector` match at least `count` elements
 * in this page's life. Selectors in WATCHED are watched from the very start of every page (so cold
 * loads are timed from navigation start to the mutation); others from the moment of the call.
 * After in-app navigation use shownNow: this one remembers the first time.
 */
export async function domReadyAt(page: Page, selector: string, count = 1, timeout = 60_000): Promise<number> {
  return page.evaluate(([sel, n, ms]) => (window as unknown as InPageHelpers).__benchWatch(sel, n, ms), [
    selector,
    count,
    timeout,
  ] as const);
}

/** Waits until `selector` matches at least `count` elements in the DOM as it is now (after in-app navigation). */
export async function shownNow(page: Page, selector: string, count = 1, timeout = 60_000): Promise<void> {
  await page.evaluate(
    ([sel, n, ms]) =>
      (window as unknown as InPageHelpers).__benchUntil(() => document.querySelectorAll(sel).length >= n, ms, `${n} × ${sel}`),
    [selector, count, timeout] as const,
  );
}

/** Waits until one of two selectors shows; returns which, with the time it first appeared. */
export async function firstOf(page: Page, a: string, b: string): Promise<{ which: 'a' | 'b'; at: number }> {
  return page.evaluate(
    async ([first, second]) => {
      const w = window as unknown as InPageHelpers;
      await w.__benchUntil(() => !!document.querySelector(first) || !!document.querySelector(second), 60_000);
      const which = document.querySelector(first) ? 'a' : 'b';
      return { which, at: await w.__benchWatch(which === 'a' ? first : second, 1, 1000) } as const;
    },
    [a, b] as const,
  );
}

/**
 * In-page helpers for interactions, installed before any app script runs, so an interaction is
 * timed entirely inside the page (no round trip to the test process in the measured interval):
 * `__benchUntil(predicate)` resolves at the DOM change that makes predicate true;
 * `__benchNextFrame()` resolves after the next frame, i.e. when the user can see the change.
 */
const HELPERS = `
window.__benchSeen = {};
window.__benchWatchers = [];
window.__benchWatch = (selector, count = 1, timeout = 60000) => {
  const key = count + '|' + selector;
  if (window.__benchSeen[key] !== undefined) return Promise.resolve(window.__benchSeen[key]);
  const matched = () => document.querySelectorAll(selector).length >= count;
  if (matched()) { window.__benchSeen[key] = performance.now(); return Promise.resolve(window.__benchSeen[key]); }
  return new Promise((resolve, reject) => {
    const watcher = { key, matched, expired: false, done: (at) => { clearTimeout(timer); resolve(at); } };
    const timer = setTimeout(() => { watcher.expired = true; reject(new Error('bench: ' + selector + ' ×' + count + ' did not show')); }, timeout);
    window.__benchWatchers.push(watcher);
  });
};
// Watched from navigation start; given up after 30 s so they stop costing anything.
for (const [selector, count] of __WATCHED__) window.__benchWatch(selector, count, 30000).catch(() => undefined);
new MutationObserver(() => {
  if (window.__benchWatchers.length === 0) return;
  const now = performance.now();
  window.__benchWatchers = window.__benchWatchers.filter((watcher) => {
    if (watcher.expired) return false;
    if (window.__benchSeen[watcher.key] === undefined && !watcher.matched()) return true;
    if (window.__benchSeen[watcher.key] === undefined) window.__benchSeen[watcher.key] = now;
    watcher.done(window.__benchSeen[watcher.key]);
    return false;
  });
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
window.__benchUntil = (predicate, timeout = 20000, what = String(predicate)) => new Promise((resolve, reject) => {
  if (predicate()) return resolve(performance.now());
  const observer = new MutationObserver(() => {
    if (predicate()) { observer.disconnect(); clearTimeout(timer); resolve(performance.now()); }
  });
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('bench: not within ' + timeout / 1000 + ' s: ' + what)); }, timeout);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
});
window.__benchNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
window.__benchRowSignature = () => [...document.querySelectorAll('[data-indicator-id]')].map((row) => row.getAttribute('data-indicator-id')).join(',');
// Long tasks (over 50 ms) of the main thread, to report the longest one during each interaction.
window.__benchLongTasks = [];
try {
  window.__benchLongTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.startTime + entry.duration]);
  });
  window.__benchLongTaskObserver.observe({ type: 'longtask', buffered: true });
} catch { window.__benchLongTaskObserver = null; }
window.__benchLongest = (from, to) => {
  const observer = window.__benchLongTaskObserver;
  if (observer) for (const entry of observer.takeRecords()) window.__benchLongTasks.push([entry.startTime, entry.startTime + entry.duration]);
  let longest = 0;
  for (const [start, end] of window.__benchLongTasks) if (end > from && start < to) longest = Math.max(longest, end - start);
  return longest;
};
// What the container showed before and after the last timed interaction: the floor renders it again.
window.__benchHtml = (selector) => (document.querySelector(selector) ?? document.querySelector('main'))?.innerHTML ?? '';
window.__benchLast = null;
window.__benchRecord = (container, before, start, end) => {
  window.__benchLast = { container, before, after: container ? window.__benchHtml(container) : '', start, end };
  return end - start;
};
window.__benchArm = (eventType, predicateSource, container) => {
  const predicate = new Function('return (' + predicateSource + ')')();
  const before = container ? window.__benchHtml(container) : '';
  window.__benchDone = new Promise((resolve, reject) => {
    // An input that never reaches the page (a dialog in the way) fails the step instead of hanging.
    const timer = setTimeout(() => {
      window.removeEventListener(eventType, onEvent, true);
      reject(new Error('bench: no ' + eventType + ' event reached the page within 20 s'));
    }, 20000);
    const onEvent = (event) => {
      clearTimeout(timer);
      window.removeEventListener(eventType, onEvent, true);
      const start = event.timeStamp;
      window.__benchUntil(predicate, 20000, predicateSource).then(() => window.__benchNextFrame()).then((end) => resolve(window.__benchRecord(container, before, start, end)), reject);
    };
    window.addEventListener(eventType, onEvent, true);
  });
};
window.__benchNavigate = async (hash, selector, count, container) => {
  const before = container ? window.__benchHtml(container) : '';
  const start = performance.now();
  window.location.hash = hash;
  await window.__benchUntil(() => document.querySelectorAll(selector).length >= count, 20000, hash + ': ' + count + ' × ' + selector);
  return window.__benchRecord(container, before, start, await window.__benchNextFrame());
};
// The floor of the last interaction: the change from the content before to the content after
// done with plain DOM calls (no framework) in a copy of the same container, in the same page with
// the same styles, timed to the next frame like the app. The calls are worked out beforehand, as
// a hand-written page would know them: attributes and texts set, nodes that differ replaced,
// missing ones added, extra ones removed. The app's own container is hidden meanwhile.
window.__benchPlan = (live, target, ops) => {
  for (const { name, value } of [...target.attributes]) if (live.getAttribute(name) !== value) ops.push(() => live.setAttribute(name, value));
  for (const { name } of [...live.attributes]) if (!target.hasAttribute(name)) ops.push(() => live.removeAttribute(name));
  const before = [...live.childNodes];
  const after = [...target.childNodes];
  const shared = Math.min(before.length, after.length);
  for (let i = 0; i < shared; i += 1) {
    const [l, t] = [before[i], after[i]];
    if (l.nodeType === 1 && t.nodeType === 1 && l.tagName === t.tagName) {
      if (l.outerHTML !== t.outerHTML) window.__benchPlan(l, t, ops);
    } else if (l.nodeType === 3 && t.nodeType === 3) {
      if (l.data !== t.data) ops.push(() => { l.data = t.data; });
    } else if (!l.isEqualNode(t)) {
      const replacement = t.cloneNode(true);
      ops.push(() => l.replaceWith(replacement));
    }
  }
  const extra = before.slice(shared);
  if (extra.length > 0) ops.push(() => { for (const node of extra) node.remove(); });
  const added = after.slice(shared).map((node) => node.cloneNode(true));
  if (added.length > 0) ops.push(() => live.append(...added));
  return ops;
};
window.__benchFloor = async () => {
  const last = window.__benchLast;
  const real = last && (document.querySelector(last.container) ?? document.querySelector('main'));
  if (!real) return null;
  await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve, { timeout: 500 }));
  const stage = real.cloneNode(false);
  stage.innerHTML = last.before;
  const target = real.cloneNode(false);
  target.innerHTML = last.after;
  const ops = window.__benchPlan(stage, target, []);
  const display = real.style.display;
  real.style.display = 'none';
  real.after(stage);
  await window.__benchNextFrame();
  const start = performance.now();
  for (const op of ops) op();
  const end = await window.__benchNextFrame();
  stage.remove();
  real.style.display = display;
  await window.__benchNextFrame();
  return end - start;
};
`;

export type InPageHelpers = {
  __benchWatch(selector: string, count: number, timeout: number): Promise<number>;
  __benchUntil(predicate: () => boolean, timeout?: number, what?: string): Promise<number>;
  __benchNextFrame(): Promise<number>;
  /** The ids of the indicator rows on screen, in order: changes when a search, filter or sort applies. */
  __benchRowSignature(): string;
  /**
   * Times real user input: from the timestamp of the next `eventType` event (captured before the
   * app sees it) to the DOM change that makes the predicate true, plus the next frame. With a
   * container selector, its content before and after is kept for the floor (__benchFloor).
   */
  __benchArm(eventType: string, predicateSource: string, container?: string): void;
  __benchDone: Promise<number>;
  /** Sets the hash and times it to `count` of `selector` shown, plus the next frame. */
  __benchNavigate(hash: string, selector: string, count: number, container?: string): Promise<number>;
  /** The last timed interaction (its interval, and its container's content before and after). */
  __benchLast: { start: number; end: number } | null;
  /** The longest long task (PerformanceObserver) overlapping [from, to], 0 if none. */
  __benchLongest(from: number, to: number): number;
  /** The plain-DOM floor of the last interaction (ms), null when it kept no container. */
  __benchFloor(): Promise<number | null>;
};

/** Arms the in-page timer, performs the input with real (CDP) events, and returns the latency. */
export async function timeInput(
  page: Page,
  eventType: string,
  predicateSource: string,
  input: () => Promise<void>,
  container?: string,
): Promise<number> {
  await page.evaluate(([type, source, box]) => (window as unknown as InPageHelpers).__benchArm(type, source, box), [
    eventType,
    predicateSource,
    container,
  ] as const);
  await input();
  return page.evaluate(() => (window as unknown as InPageHelpers).__benchDone);
}

/** What page loads are timed to: watched from navigation start in every bench page. */
export const WATCHED: readonly (readonly [string, number])[] = [
  ['#baseline', 1],
  ['#assessments-title', 1],
  ['[data-testid="assessment-list"], .empty-state', 1],
  ['form[aria-labelledby="new-assessment-title"] select[name="country"]', 1],
  ['form[aria-labelledby="new-assessment-title"] select[name="catalogue"]:not([disabled]) option[value*="@"]', 1],
  [INDICATOR_ROW, 90],
  [LIST_ROW, 50],
  [PROFILE_VIEW, 1],
  [PROFILE_CHART, 1],
];

export async function installHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: HELPERS.replace('__WATCHED__', JSON.stringify(WATCHED)) });
}

/**
 * A fresh browser context (empty cache, empty IndexedDB, no service worker) with the in-page
 * timers installed. Service workers are blocked: a cold load is the network path, and the install
 * an earlier page of the same context started (it downloads the whole app) would otherwise run
 * during the next page's measurement.
 */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  await installHelpers(context);
  return context;
}
