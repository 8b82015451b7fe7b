import { renderHook, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME } from '@/db/schema';

// On a first visit the start screen's list is known to be empty before the browser has created
// the database (docs/PERFORMANCE.md): what the live read would answer is stood in for, never
// overridden. The live read is held here at "no answer yet", as it is while the database opens.
const live = vi.hoisted(() => ({ value: undefined as unknown }));
vi.mock('@/db/use-live-query', () => ({ useLiveQuery: () => live.value }));
const imported = vi.hoisted(() => ({ list: vi.fn(async () => []) }));
vi.mock('@/db/catalogue-store', () => ({ listImportedCatalogueFiles: imported.list }));

const original = globalThis.indexedDB;

/** A browser of its own for each case, and the modules loaded fresh (the answer is kept per page). */
async function freshPage(setUp?: (factory: IDBFactory) => Promise<void>) {
  const factory = new IDBFactory();
  await setUp?.(factory);
  globalThis.indexedDB = factory;
  vi.resetModules();
  return {
    live: await import('@/db/live'),
    atStart: await import('@/db/store-at-start'),
    catalogues: await import('@/app/all-catalogues'),
  };
}

function createDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  localStorage.clear();
  live.value = undefined;
  imported.list.mockClear();
});

afterEach(() => {
  globalThis.indexedDB = original;
});

describe('the start screen on a first visit', () => {
  it('knows the list is empty before the database is created', async () => {
    const { live: reads } = await freshPage();
    const { result } = renderHook(() => reads.useAssessments());
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('waits for the database when this browser already has one', async () => {
    const { live: reads, atStart } = await freshPage((factory) => createDatabase(factory, DATABASE_NAME));
    const { result } = renderHook(() => reads.useAssessments());
    expect(await atStart.storeExistedAtStart()).toBe(true);
    expect(result.current).toBeUndefined();
  });

  it('does not count another site database as this one', async () => {
    const { atStart } = await freshPage((factory) => createDatabase(factory, 'some-other-app'));
    expect(await atStart.storeExistedAtStart()).toBe(false);
  });

  it('shows what the database answers once it does, not the early empty list', async () => {
    const { live: reads } = await freshPage();
    const { result, rerender } = renderHook(() => reads.useAssessments());
    await waitFor(() => expect(result.current).toEqual([]));
    const stored = [{ id: 'a-1' }];
    live.value = stored;
    rerender();
    expect(result.current).toBe(stored);
  });

  it('assumes a database exists where the browser cannot list them', async () => {
    const { atStart } = await freshPage(async (factory) => {
      Object.defineProperty(factory, 'databases', { value: undefined });
    });
    expect(await atStart.storeExistedAtStart()).toBe(true);
  });

  it('knows a returning visit from the mark left when the database opened, without asking the browser', async () => {
    const first = await freshPage();
    expect(await first.atStart.storeExistedAtStart()).toBe(false);
    first.atStart.markStoreOpened();
    const next = await freshPage();
    const asked = vi.spyOn(globalThis.indexedDB, 'databases');
    expect(next.atStart.storeExistedAtStartIfKnown()).toBeUndefined();
    expect(await next.atStart.storeExistedAtStart()).toBe(true);
    expect(asked).not.toHaveBeenCalled();
    const { result } = renderHook(() => next.live.useAssessments());
    expect(result.current).toBeUndefined();
  });

  it('leaves the mark once the database has opened at start', async () => {
    const { live: reads } = await freshPage();
    reads.openStoreEarly();
    await waitFor(() => expect(localStorage.getItem('mgi-workbench:store-opened')).toBe('1'));
  });

  it('asks once per page: the answer stays what it was at start', async () => {
    const { atStart } = await freshPage();
    expect(await atStart.storeExistedAtStart()).toBe(false);
    await createDatabase(globalThis.indexedDB, DATABASE_NAME);
    expect(await atStart.storeExistedAtStart()).toBe(false);
    expect(atStart.storeExistedAtStartIfKnown()).toBe(false);
  });
});

describe('the catalogues on a first visit', () => {
  it('are the bundled ones without reading the store, then read it after an import', async () => {
    const { catalogues } = await freshPage();
    const first = await catalogues.loadAllCatalogues(false);
    expect(first.catalogues.length).toBeGreaterThan(0);
    expect(imported.list).not.toHaveBeenCalled();
    await catalogues.loadAllCatalogues(true);
    expect(imported.list).toHaveBeenCalledTimes(1);
  });

  it('are read from the store on a returning visit', async () => {
    const { catalogues } = await freshPage((factory) => createDatabase(factory, DATABASE_NAME));
    await catalogues.loadAllCatalogues(false);
    expect(imported.list).toHaveBeenCalledTimes(1);
  });
});
