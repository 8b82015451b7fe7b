import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext } from '../bench/browser';
import type { BenchContext } from '../bench/context';
import { PLAIN_DOM, Recorder } from '../bench/interactions';
import { workspaceStep } from '../bench/steps/workspace';
import { launchBrowser } from './support/browser';

/**
 * The benchmark detects the scoring workspace at run time (docs/PERFORMANCE.md). This checks the
 * detection and the in-page timers against a small page that follows the DOM contract, and
 * against one that does not, so the hooks work the day the workspace lands. No timing is asserted.
 */

const ROWS = Array.from({ length: 90 }, (_, i) => `D${1 + Math.floor(i / 15)}.${1 + (i % 15)}`);
const WORKSPACE = `<!doctype html><html><body><main>
<label>Search <input type="search" id="q"></label>
<label>Status <select id="status"><option value="">All</option><option value="agreed">Agreed</option></select></label>
<table><thead><tr><th><button id="sort">Indicator</button></th></tr></thead><tbody id="rows"></tbody></table>
</main><script>
const all = ${JSON.stringify(ROWS)};
let descending = false;
function draw() {
  const q = document.getElementById('q').value;
  const status = document.getElementById('status').value;
  let ids = all.filter((id) => id.includes(q) && (!status || id.endsWith('1')));
  if (descending) ids = [...ids].reverse();
  document.getElementById('rows').replaceChildren(...ids.map((id) => {
    const tr = document.createElement('tr');
    tr.dataset.indicatorId = id;
    tr.tabIndex = 0;
    tr.textContent = id;
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { const d = document.createElement('div'); d.setAttribute('role', 'dialog'); d.textContent = id; document.body.append(d); }
    });
    return tr;
  }));
}
document.addEventListener('keydown', (event) => { if (event.key === 'Escape') document.querySelector('[role=dialog]')?.remove(); });
document.getElementById('q').addEventListener('input', draw);
document.getElementById('status').addEventListener('input', draw);
document.getElementById('sort').addEventListener('click', () => { descending = !descending; draw(); });
draw();
</script></body></html>`;
const BARE = `<!doctype html><html><body><main><ol>${ROWS.map((id) => `<li data-indicator-id="${id}">${id}</li>`).join('')}</ol></main></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageWith(html: string): Promise<Page> {
  const context = await freshContext(browser);
  await context.route('http://bench.fixture/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await context.newPage();
  await page.goto('http://bench.fixture/');
  return page;
}

function benchContext(): BenchContext {
  return { root: '', distDir: '', baseUrl: '', browser, runs: 3, coldRuns: 1, figures: [], skipped: [], network: [], log: () => undefined };
}

describe('the benchmark’s workspace hooks', () => {
  it('measures search, filter, sort and opening an indicator on a page that follows the contract', async () => {
    const page = await pageWith(WORKSPACE);
    const ctx = benchContext();
    const recorder = new Recorder(false);
    await workspaceStep(ctx, page, recorder, 3);
    const figures = [...recorder.figures().values()];
    const measured = figures.map((f) => f.id);
    expect(measured).toEqual(
      expect.arrayContaining([
        'workspace.search',
        'workspace.search.clear',
        'workspace.filter',
        'workspace.sort',
        'workspace.open-indicator',
      ]),
    );
    for (const figure of figures.filter((f) => f.id !== 'workspace.keypress')) {
      expect(figure.runs).toBe(3);
      expect(Number.isFinite(figure.median) && figure.median > 0).toBe(true);
      // Each interaction has its plain-DOM floor from the same page, and the longest task recorded.
      expect(figure.baseline?.label).toBe(PLAIN_DOM);
      expect(Number.isFinite(figure.baseline?.median) && (figure.baseline?.median ?? 0) > 0).toBe(true);
      expect(figure.longestTask?.max).toBeGreaterThanOrEqual(0);
    }
    // The floor gives the app's page back as it was: every row still there, none left over.
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('[data-indicator-id]').count()).toBe(90);
    expect(ctx.skipped.map((s) => s.id).filter((id) => id !== 'workspace.keypress')).toEqual([]);
    await page.context().close();
  });

  it('reports each missing part as not available yet, with its hook', async () => {
    const page = await pageWith(BARE);
    const ctx = benchContext();
    const recorder = new Recorder(false);
    await workspaceStep(ctx, page, recorder, 3);
    expect(ctx.skipped.map((s) => s.id)).toEqual(
      expect.arrayContaining(['workspace.search', 'workspace.filter', 'workspace.sort', 'workspace.open-indicator']),
    );
    expect(ctx.skipped.every((s) => s.hook.length > 0)).toBe(true);
    expect([...recorder.series.keys()].filter((id) => id !== 'workspace.keypress')).toEqual([]);
    await page.context().close();
  });
});
