import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { newestCatalogue } from '@/catalog/catalogue-lookup';
import { replaceAssessmentBundle } from '@/db/commands';
import { getAssessmentBundle } from '@/db/queries';
import { db } from '@/db/db';
import { buildDemoBundles } from '@/demo/demo-assessment';
import { buildLargeStoreAssessment, LARGE_STORE_SPEC } from '@/demo/large-store';
import type { LargeStoreSpec } from '@/demo/large-store';
import type { Catalogue } from '@/domain/catalogue';
import type { SeedApi } from './seed-api';

/**
 * A bench-only page, built separately from the app (never part of dist/) and served by the bench
 * under /__bench/ on the app's own origin, so it writes into the app's IndexedDB through the app's
 * own storage commands. The benchmark drives it with page.evaluate(() => window.__bench.…).
 */

async function nationalCatalogue(): Promise<Catalogue> {
  const catalogue = newestCatalogue((await loadBundledCatalogues()).catalogues, 'mgi-national');
  if (!catalogue) throw new Error('the national MGI catalogue did not load');
  return catalogue;
}

/** The same rows written with bare IndexedDB (one transaction, plain puts): the floor for a bulk write. */
function bareIdbWrite(rows: { table: string; rows: readonly object[] }[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('mgi-bench-bare', 1);
    request.onupgradeneeded = () => {
      for (const name of ['assessments', 'members', 'responses', 'sources', 'comments'])
        request.result.createObjectStore(name, { keyPath: 'id' });
      request.result.createObjectStore('history', { autoIncrement: true });
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const start = performance.now();
      const tx = database.transaction(
        rows.map((r) => r.table),
        'readwrite',
      );
      for (const { table, rows: list } of rows) for (const row of list) tx.objectStore(table).put(row);
      tx.oncomplete = () => {
        const elapsed = performance.now() - start;
        database.close();
        resolve(elapsed);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The app database's stores as they are (key paths and indexes), for a scratch copy of its schema. */
function appSchema(): Promise<
  {
    name: string;
    keyPath: string | string[] | null;
    autoIncrement: boolean;
    indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  }[]
> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('mgi-workbench');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const names = [...database.objectStoreNames];
      const tx = database.transaction(names, 'readonly');
      const stores = names.map((name) => {
        const store = tx.objectStore(name);
        const indexes = [...store.indexNames].map((index) => {
          const { keyPath, unique, multiEntry } = store.index(index);
          return { name: index, keyPath, unique, multiEntry };
        });
        return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
      });
      database.close();
      resolve(stores);
    };
  });
}

/**
 * The floor of a restore: the same rows put with bare IndexedDB, in one transaction, into an empty
 * scratch database with the app's schema (same key paths and indexes, which is what costs).
 */
async function bareBulkPuts(tables: Record<string, readonly object[]>): Promise<number> {
  const schema = await appSchema();
  const name = 'mgi-bench-bare-restore';
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const store of schema) {
        const created = request.result.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
        for (const index of store.indexes)
          created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = Object.keys(tables).filter((table) => database.objectStoreNames.contains(table));
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = database.transaction(names, 'readwrite');
    for (const table of names) {
      const store = tx.objectStore(table);
      for (const row of tables[table] ?? []) store.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const elapsed = performance.now() - start;
  database.close();
  indexedDB.deleteDatabase(name);
  return elapsed;
}

/** Reads one assessment's responses with bare IndexedDB through the same index the app uses. */
function bareIdbReadResponses(assessmentId: string): Promise<{ ms: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('mgi-workbench');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const start = performance.now();
      const get = database.transaction('responses', 'readonly').objectStore('responses').index('assessmentId').getAll(assessmentId);
      get.onsuccess = () => {
        const ms = performance.now() - start;
        database.close();
        resolve({ ms, rows: get.result.length });
      };
      get.onerror = () => reject(get.error);
    };
  });
}

/**
 * Every framework-free app module, loadable by path, so a bench adapter can time any command or
 * query in the page with the real IndexedDB (e.g. a package import or a backup restore) without
 * editing this page. Each module is its own lazy chunk of this bench-only build.
 */
// Node-only report modules (the CLI, the Node font loader) are left out: they cannot run here.
const appModules = import.meta.glob<Record<string, unknown>>([
  '/src/{db,domain,lib,catalog,demo,interchange,report,i18n}/**/*.ts',
  '!/src/report/cli.ts',
  '!/src/report/node-font-loader.ts',
]);
const kept = new Map<string, unknown>();

/** Arguments may be `{ $ref: name }`: a value an earlier call kept with `keepAs`. */
function resolveArgs(args: readonly unknown[]): unknown[] {
  return args.map((arg) => {
    if (arg && typeof arg === 'object' && '$ref' in arg) {
      const name = String((arg as { $ref: unknown }).$ref);
      if (!kept.has(name)) throw new Error(`bench: nothing kept as "${name}"`);
      return kept.get(name);
    }
    return arg;
  });
}

/** A small, serialisable description of a result (its size), never the value itself. */
function describe(value: unknown): { type: string; size?: number } {
  if (value instanceof Blob) return { type: 'Blob', size: value.size };
  if (value instanceof Uint8Array) return { type: 'Uint8Array', size: value.byteLength };
  if (typeof value === 'string') return { type: 'string', size: value.length };
  if (Array.isArray(value)) return { type: 'array', size: value.length };
  return { type: value === null ? 'null' : typeof value };
}

/** A fresh worker per call, as the app starts a report worker per export. */
function pdfFloorInWorker(characters: number, pages: number): Promise<{ ms: number; workMs: number }> {
  const start = performance.now();
  const worker = new Worker(new URL('./pdf-floor-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ms: number; bytes: Uint8Array }>) => {
      if (event.data.bytes.byteLength === 0) reject(new Error('bench: the floor worker wrote no PDF'));
      else resolve({ ms: performance.now() - start, workMs: event.data.ms });
      worker.terminate();
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`bench: the floor worker failed: ${event.message}`));
    };
    worker.postMessage({ characters, pages });
  });
}

const api: SeedApi = {
  pdfFloorInWorker,
  modules: () => Object.keys(appModules),
  async module(path) {
    const load = appModules[path];
    if (!load) throw new Error(`bench: no app module ${path}`);
    return load();
  },
  kept: (name) => resolveArgs([{ $ref: name }])[0],
  keep: (name, value) => void kept.set(name, value),
  async call(path, exportName, args = [], options = {}) {
    const load = appModules[path];
    if (!load) throw new Error(`bench: no app module ${path}`);
    const fn = (await load())[exportName];
    if (typeof fn !== 'function') throw new Error(`bench: ${path} exports no function ${exportName}`);
    const resolved = resolveArgs(args);
    const start = performance.now();
    const result: unknown = await fn(...resolved);
    const ms = performance.now() - start;
    if (options.keepAs) kept.set(options.keepAs, result);
    return { ms, result: describe(result) };
  },
  async seedDemo() {
    const catalogue = await nationalCatalogue();
    for (const bundle of buildDemoBundles(catalogue)) await replaceAssessmentBundle(bundle);
  },
  async seedLargeStore(spec: Partial<LargeStoreSpec> = {}) {
    const full = { ...LARGE_STORE_SPEC, ...spec };
    const catalogue = await nationalCatalogue();
    const writeMs: number[] = [];
    const bareWriteMs: number[] = [];
    const buildMs: number[] = [];
    for (let index = 0; index < full.assessments; index += 1) {
      const built = performance.now();
      const bundle = buildLargeStoreAssessment(catalogue, index, full);
      buildMs.push(performance.now() - built);
      const start = performance.now();
      await replaceAssessmentBundle(bundle);
      writeMs.push(performance.now() - start);
      bareWriteMs.push(
        await bareIdbWrite([
          { table: 'assessments', rows: [bundle.assessment] },
          { table: 'members', rows: bundle.members },
          { table: 'responses', rows: bundle.responses },
          { table: 'sources', rows: bundle.sources },
          { table: 'comments', rows: bundle.comments },
          { table: 'history', rows: bundle.history },
        ]),
      );
    }
    indexedDB.deleteDatabase('mgi-bench-bare');
    return { writeMs, bareWriteMs, buildMs };
  },
  async counts() {
    const [assessments, members, responses, sources, comments, history] = await Promise.all([
      db.assessments.count(),
      db.members.count(),
      db.responses.count(),
      db.sources.count(),
      db.comments.count(),
      db.history.count(),
    ]);
    return { assessments, members, responses, sources, comments, history };
  },
  bareReadResponses: bareIdbReadResponses,
  bareBulkPuts,
  async indicatorDetailMs(assessmentId: string, indicatorId: string) {
    const start = performance.now();
    const key = [assessmentId, indicatorId];
    const [sources, comments, history] = await db.transaction('r', [db.sources, db.comments, db.history], () =>
      Promise.all([
        db.sources.where('[assessmentId+indicatorId]').equals(key).toArray(),
        db.comments.where('[assessmentId+indicatorId]').equals(key).toArray(),
        // Rows with equal index keys come in primary-key (seq) order, so reverse() is newest first.
        db.history.where('[assessmentId+indicatorId]').equals(key).reverse().limit(50).toArray(),
      ]),
    );
    return { ms: performance.now() - start, rows: sources.length + comments.length + history.length };
  },
  async latestChangesMs(assessmentId: string) {
    const start = performance.now();
    const rows = await db.history.where('assessmentId').equals(assessmentId).reverse().limit(50).toArray();
    return { ms: performance.now() - start, rows: rows.length };
  },
  async readBundleMs(assessmentId: string) {
    const start = performance.now();
    const bundle = await getAssessmentBundle(assessmentId);
    if (!bundle) throw new Error(`no assessment ${assessmentId}`);
    return performance.now() - start;
  },
  close() {
    db.close();
  },
};

window.__bench = api;
document.getElementById('status')!.textContent = 'ready';
