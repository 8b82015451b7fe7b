import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogues } from '@/catalog/load-catalogues';
import { buildLargeStore } from '@/demo/large-store';
import type { Response } from '@/domain/assessment';
import type { Catalogue, CatalogueChange } from '@/domain/catalogue';
import { linkIndicators } from '@/domain/catalogue-migration';
import { responsesByIndicator, summarizeAssessment } from '@/domain/scoring';
import { readSdg1072 } from '@/domain/sdg-10-7-2';
import type { BenchContext } from '../context';
import { figure, timeSync } from '../stats';

/**
 * The profile's computations, measured in Node on the large store: the same pure domain functions
 * the profile screen and the PDF call. Each figure is the time of one call for one assessment.
 */

function readIndicatorFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relative);
      else if (entry.name.endsWith('.json')) files[relative] = readFileSync(join(dir, entry.name), 'utf8');
    }
  };
  walk(join(root, 'indicators'), '');
  return files;
}

/**
 * A later catalogue version made from `from` with every kind of change, so linkIndicators has a
 * realistic migration map to follow (the shipped catalogue has a single version so far).
 */
export function syntheticNextVersion(from: Catalogue, version: string): Catalogue {
  const ids = from.indicators.map((i) => i.id);
  const pick = (n: number) => ids[n % ids.length] ?? '';
  const changes: CatalogueChange[] = [
    ...Array.from({ length: 10 }, (_, n) => ({ kind: 'reworded' as const, id: pick(n * 7) })),
    { kind: 'renamed', from: pick(3), to: `${pick(3)}r` },
    { kind: 'split', from: pick(11), to: [`${pick(11)}a`, `${pick(11)}b`] },
    { kind: 'merged', from: [pick(20), pick(21)], to: `${pick(20)}m` },
    { kind: 'removed', id: pick(40) },
  ];
  const renamed = new Map<string, string[]>([
    [pick(3), [`${pick(3)}r`]],
    [pick(11), [`${pick(11)}a`, `${pick(11)}b`]],
    [pick(20), [`${pick(20)}m`]],
    [pick(21), []],
    [pick(40), []],
  ]);
  const indicators = from.indicators.flatMap((indicator) =>
    (renamed.get(indicator.id) ?? [indicator.id]).map((id) => ({ ...indicator, id })),
  );
  return { ...from, version, indicators, migrations: [{ fromVersion: from.version, changes }] };
}

export async function domainStep(ctx: BenchContext): Promise<void> {
  ctx.log('domain: profile computations in Node on the large store');
  const files = readIndicatorFiles(ctx.root);
  const parse = timeSync(ctx.runs, () => loadCatalogues(files), 1);
  const set = loadCatalogues(files);
  const catalogue = set.catalogues.find((c) => c.frameworkId === 'mgi-national');
  const method = set.reference?.sdg1072;
  if (!catalogue || !method) throw new Error('bench: the national catalogue or the SDG 10.7.2 reference did not load');

  const generated: number[] = timeSync(3, () => buildLargeStore(catalogue), 0);
  const store = buildLargeStore(catalogue);
  const maps = store.map((bundle) => responsesByIndicator(bundle.responses));
  const responseLists = store.map((bundle) => bundle.responses);
  const runs = ctx.runs * 20;
  let n = 0;
  const next = <T>(items: readonly T[]): T => items[n++ % items.length] as T;

  // The floor: one plain pass over an assessment's 90 responses.
  const bare = timeSync(runs, () => {
    let answered = 0;
    for (const response of next(responseLists) as readonly Response[]) if (response.answer !== null) answered += 1;
    return answered;
  });
  const floor = { label: 'one pass over 90 responses', samples: bare };
  const byIndicator = timeSync(runs, () => responsesByIndicator(next(responseLists)));
  const summary = timeSync(runs, () => summarizeAssessment(catalogue, next(maps)));
  const sdg = timeSync(runs, () => readSdg1072(method, catalogue, next(maps)));
  const profile = timeSync(runs, () => {
    const map = responsesByIndicator(next(responseLists));
    return [summarizeAssessment(catalogue, map), readSdg1072(method, catalogue, map)];
  });
  const portfolio = timeSync(ctx.runs, () => store.map((bundle) => summarizeAssessment(catalogue, responsesByIndicator(bundle.responses))));
  const v110 = syntheticNextVersion(catalogue, '1.1.0');
  const v120 = syntheticNextVersion(v110, '1.2.0');
  const links = timeSync(runs, () => linkIndicators(catalogue, v120, [catalogue, v110, v120]));

  ctx.figures.push(
    figure({
      id: 'domain.catalogues',
      group: 'domain (Node)',
      label: 'parse and validate the bundled catalogues (loadCatalogues)',
      samples: parse,
    }),
    figure({ id: 'domain.generate', group: 'domain (Node)', label: 'generate the whole large store', samples: generated }),
    figure({ id: 'domain.bare', group: 'domain (Node)', label: 'one pass over 90 responses (baseline)', samples: bare }),
    figure({
      id: 'domain.byIndicator',
      group: 'domain (Node)',
      label: 'responsesByIndicator, one assessment',
      samples: byIndicator,
      baseline: floor,
    }),
    figure({
      id: 'domain.summarize',
      group: 'domain (Node)',
      label: 'summarizeAssessment, one assessment',
      samples: summary,
      baseline: floor,
    }),
    figure({ id: 'domain.sdg', group: 'domain (Node)', label: 'readSdg1072, one assessment', samples: sdg, baseline: floor }),
    figure({
      id: 'domain.profile',
      group: 'domain (Node)',
      label: 'profile computation (map + summary + SDG), one assessment',
      samples: profile,
      baseline: floor,
    }),
    figure({ id: 'domain.portfolio', group: 'domain (Node)', label: `summaries of all ${store.length} assessments`, samples: portfolio }),
    figure({
      id: 'domain.links',
      group: 'domain (Node)',
      label: 'linkIndicators over two catalogue versions',
      samples: links,
      baseline: floor,
    }),
  );
}
