import type * as ExchangeCommands from '@/db/exchange-commands';
import type * as MergeBaseModule from '@/domain/merge-base';
import type * as PackageFormat from '@/interchange/package-format';
import { largeStoreAssessmentId, LARGE_STORE_SPEC } from '@/demo/large-store';
import { freshContext, openSeeder } from '../browser';
import type { BenchContext } from '../context';
import { figure, fixedFigure } from '../stats';
import type { Figure } from '../stats';
import type { BenchAdapter } from '../steps/adapters';

/**
 * Member packages on the large store, in the browser through the app's own modules (seed page
 * `module`): a package of one large assessment (90 indicators × 5 members, ~2,000 history rows).
 * Merge: a peer who received our last package changed 20 justifications, so the merge has a base,
 * no conflicts and a delta to write (snapshot, answers, history) — what a working group does every
 * week. Create: the assessment is deleted first, so the import writes the whole bundle.
 */

type Timings = { exportMs: number; bytes: number; parseMs: number; previewMs: number; applyMs: number; kind: string };
const CHANGED_ANSWERS = 20;
/** The newest round of the first country: editable (older rounds are published and locked). */
const EDITABLE_ID = largeStoreAssessmentId(LARGE_STORE_SPEC.roundsPerCountry - 1);

export const benchAdapter: BenchAdapter = {
  label: 'member package import/merge on the large store',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const context = await freshContext(ctx.browser);
    try {
      const seeder = await openSeeder(context, ctx.baseUrl);
      await seeder.evaluate(() => window.__bench.seedLargeStore());
      const runs = Math.max(3, Math.min(ctx.runs, 9));
      const measure = (assessmentId: string, run: number, mode: 'merge' | 'create') =>
        seeder.evaluate(
          async ([id, n, how, changed]) => {
            const bench = window.__bench;
            const exchange = (await bench.module('/src/db/exchange-commands.ts')) as typeof ExchangeCommands;
            const format = (await bench.module('/src/interchange/package-format.ts')) as typeof PackageFormat;
            const mergeBase = (await bench.module('/src/domain/merge-base.ts')) as typeof MergeBaseModule;
            const exported = performance.now();
            const mine = await exchange.packageContentFor(id, null);
            const { text: ownText } = await format.serializePackage(mine);
            const exportMs = performance.now() - exported;
            const myDevice = await exchange.deviceId();
            // What the peer sends back: our content as its base, with its own edits on top.
            const peerContent = {
              ...mine,
              packageId: `bench-peer-package-${n}`,
              senderDeviceId: 'bench-peer-device',
              bases: {
                [myDevice]: { packageId: `bench-own-package-${n}`, exportedAt: mine.exportedAt, base: mergeBase.mergeBaseOf(mine.bundle) },
              },
              bundle: {
                ...mine.bundle,
                responses: mine.bundle.responses.map((response, index) =>
                  index < changed ? { ...response, justification: `${response.justification} (peer edit ${n})`.slice(-4000) } : response,
                ),
              },
            };
            const { text } = await format.serializePackage(peerContent);
            if (how === 'create') {
              const commands = (await bench.module('/src/db/commands.ts')) as { deleteAssessment(assessmentId: string): Promise<void> };
              await commands.deleteAssessment(id);
            }
            const parsed = performance.now();
            const pkg = await format.parsePackageText(text);
            const previewed = performance.now();
            const plan = await exchange.previewPackageImport(pkg, { memberId: null });
            const applied = performance.now();
            const outcome = await exchange.applyPackageImport(pkg, { memberId: null });
            const done = performance.now();
            if (plan.kind === 'merge' && plan.result.unresolved.length > 0)
              throw new Error(`bench: ${plan.result.unresolved.length} unexpected conflicts`);
            return {
              exportMs,
              bytes: new TextEncoder().encode(ownText).length,
              parseMs: previewed - parsed,
              previewMs: applied - previewed,
              applyMs: done - applied,
              kind: outcome.kind,
            };
          },
          [assessmentId, run, mode, CHANGED_ANSWERS] as const,
        );
      const merges: Timings[] = [];
      for (let run = 0; run < runs + 1; run += 1) {
        const timings = await measure(EDITABLE_ID, run, 'merge');
        if (timings.kind !== 'merged') throw new Error(`bench: package merge ended as ${timings.kind}`);
        if (run > 0) merges.push(timings); // the first run loads the modules
      }
      const creates: Timings[] = [];
      for (let run = 0; run < runs; run += 1) {
        const timings = await measure(largeStoreAssessmentId(20 + run), run, 'create');
        if (timings.kind !== 'created') throw new Error(`bench: package import ended as ${timings.kind}`);
        creates.push(timings);
      }
      await seeder.evaluate(() => window.__bench.close());
      const group = 'exchange';
      const pick = (list: Timings[], key: keyof Omit<Timings, 'kind'>) => list.map((timing) => timing[key]);
      return [
        fixedFigure({
          id: 'exchange.package.size',
          group,
          label: 'member package of one large assessment (JSON)',
          unit: 'kB',
          value: (merges[0]?.bytes ?? 0) / 1024,
        }),
        figure({
          id: 'exchange.package.export',
          group,
          label: 'export a member package (read + serialise + SHA-256)',
          samples: pick(merges, 'exportMs'),
        }),
        figure({
          id: 'exchange.package.parse',
          group,
          label: 'import: parse and validate the package (parsePackageText)',
          samples: pick(merges, 'parseMs'),
        }),
        figure({
          id: 'exchange.package.preview',
          group,
          label: 'import: preview the merge (previewPackageImport)',
          samples: pick(merges, 'previewMs'),
        }),
        figure({
          id: 'exchange.package.merge',
          group,
          label: `import: apply a merge of ${CHANGED_ANSWERS} changed answers (snapshot + delta)`,
          samples: pick(merges, 'applyMs'),
        }),
        figure({
          id: 'exchange.package.create',
          group,
          label: 'import: a new assessment from a package (whole bundle written)',
          samples: pick(creates, 'applyMs'),
        }),
      ];
    } finally {
      await context.close();
    }
  },
};
