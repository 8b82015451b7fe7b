import type { Catalogue, CatalogueChange } from './catalogue';

/**
 * Follows indicators from one catalogue version to a later one through the migration maps that
 * newer catalogue files carry. Round comparisons and data carried forward use this, and it tells
 * them how comparable an old answer is with the new indicator.
 */

export type Comparability = 'same' | 'renamed' | 'reworded' | 'rescaled' | 'split' | 'merged' | 'removed';

export type IndicatorLink = {
  readonly fromId: string;
  readonly toIds: readonly string[];
  readonly comparability: Comparability;
};

/** Worst first: when steps are chained, the weaker comparability wins. */
const WEAKNESS: readonly Comparability[] = ['removed', 'merged', 'split', 'rescaled', 'reworded', 'renamed', 'same'];

function weaker(a: Comparability, b: Comparability): Comparability {
  return WEAKNESS.indexOf(a) <= WEAKNESS.indexOf(b) ? a : b;
}

function linkOne(id: string, changes: readonly CatalogueChange[], target: Catalogue): IndicatorLink {
  for (const change of changes) {
    switch (change.kind) {
      case 'renamed':
        if (change.from === id) return { fromId: id, toIds: [change.to], comparability: 'renamed' };
        break;
      case 'reworded':
        if (change.id === id) return { fromId: id, toIds: [id], comparability: 'reworded' };
        break;
      case 'rescaled':
        if (change.id === id) return { fromId: id, toIds: [id], comparability: 'rescaled' };
        break;
      case 'split':
        if (change.from === id) return { fromId: id, toIds: change.to, comparability: 'split' };
        break;
      case 'merged':
        if (change.from.includes(id)) return { fromId: id, toIds: [change.to], comparability: 'merged' };
        break;
      case 'removed':
        if (change.id === id) return { fromId: id, toIds: [], comparability: 'removed' };
        break;
      case 'added':
        break;
    }
  }
  const stillThere = target.indicators.some((indicator) => indicator.id === id);
  return stillThere ? { fromId: id, toIds: [id], comparability: 'same' } : { fromId: id, toIds: [], comparability: 'removed' };
}

export class NoMigrationPathError extends Error {
  constructor(
    readonly frameworkId: string,
    readonly fromVersion: string,
    readonly toVersion: string,
  ) {
    super(`No migration path for ${frameworkId} from ${fromVersion} to ${toVersion}`);
    this.name = 'NoMigrationPathError';
  }
}

/**
 * Links every indicator of `from` to `to`. `versions` holds the framework's catalogues; the path
 * follows each newer file's `migrations[].fromVersion` back to `from`.
 */
export function linkIndicators(from: Catalogue, to: Catalogue, versions: readonly Catalogue[]): IndicatorLink[] {
  const path = migrationPath(from, to, versions);
  let links: IndicatorLink[] = from.indicators.map((indicator) => ({
    fromId: indicator.id,
    toIds: [indicator.id],
    comparability: 'same' as Comparability,
  }));
  for (const step of path) {
    const migration = step.catalogue.migrations.find((m) => m.fromVersion === step.fromVersion);
    const changes = migration?.changes ?? [];
    links = links.map((link) => {
      const next = link.toIds.map((id) => linkOne(id, changes, step.catalogue));
      const toIds = [...new Set(next.flatMap((n) => n.toIds))];
      const comparability = next.reduce<Comparability>((acc, n) => weaker(acc, n.comparability), link.comparability);
      return { fromId: link.fromId, toIds, comparability: toIds.length === 0 ? 'removed' : comparability };
    });
  }
  return links;
}

type Step = { readonly fromVersion: string; readonly catalogue: Catalogue };

function migrationPath(from: Catalogue, to: Catalogue, versions: readonly Catalogue[]): Step[] {
  if (from.frameworkId !== to.frameworkId) throw new NoMigrationPathError(to.frameworkId, from.version, to.version);
  const steps: Step[] = [];
  let current = to;
  const seen = new Set<string>();
  while (current.version !== from.version) {
    if (seen.has(current.version)) throw new NoMigrationPathError(to.frameworkId, from.version, to.version);
    seen.add(current.version);
    const previous = current.migrations
      .map((m) => versions.find((c) => c.frameworkId === to.frameworkId && c.version === m.fromVersion))
      .find((c): c is Catalogue => c !== undefined);
    if (!previous) throw new NoMigrationPathError(to.frameworkId, from.version, to.version);
    steps.unshift({ fromVersion: previous.version, catalogue: current });
    current = previous;
  }
  return steps;
}
