import type * as BackupCommands from '@/db/backup-commands';
import type * as BackupFormat from '@/interchange/backup-format';
import { largeStoreAssessmentId } from '@/demo/large-store';
import { freshContext, openSeeder } from '../browser';
import type { BenchContext } from '../context';
import { figure, fixedFigure } from '../stats';
import type { Figure } from '../stats';
import type { BenchAdapter } from '../steps/adapters';

/**
 * Backups on the large store, in the browser through the app's own modules: a backup of the
 * whole store (50 assessments, 100,000 history rows, 5,000 sources) written, read back and
 * restored (restoreEverything: clear and rewrite every table in one transaction), and a backup
 * of one assessment restored over itself (restoreOneAssessment, after a snapshot).
 */

type Timings = { collectMs: number; serializeMs: number; parseMs: number; restoreMs: number; bareMs: number; bytes: number };

export const benchAdapter: BenchAdapter = {
  label: 'backup and restore on the large store',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const context = await freshContext(ctx.browser);
    try {
      const seeder = await openSeeder(context, ctx.baseUrl);
      await seeder.evaluate(() => window.__bench.seedLargeStore());
      const measure = (scope: { kind: 'all' } | { kind: 'assessment'; assessmentId: string }) =>
        seeder.evaluate(async (chosen): Promise<Timings> => {
          const bench = window.__bench;
          const commands = (await bench.module('/src/db/backup-commands.ts')) as typeof BackupCommands;
          const format = (await bench.module('/src/interchange/backup-format.ts')) as typeof BackupFormat;
          const collected = performance.now();
          const data = await commands.collectBackup(chosen);
          const serialized = performance.now();
          const text = await format.serializeBackup(data as BackupFormat.BackupContent, null);
          const parsed = performance.now();
          const content = await format.parseBackupText(text, '');
          const restored = performance.now();
          if (content.scope.kind === 'all') await commands.restoreEverything(content.tables);
          else await commands.restoreOneAssessment(content.scope.assessmentId, content.tables);
          const done = performance.now();
          // The floor: the same rows put with bare IndexedDB into an empty copy of the schema.
          const bareMs = await bench.bareBulkPuts(content.tables as unknown as Record<string, readonly object[]>);
          return {
            bareMs,
            collectMs: serialized - collected,
            serializeMs: parsed - serialized,
            parseMs: restored - parsed,
            restoreMs: done - restored,
            bytes: new TextEncoder().encode(text).length,
          };
        }, scope);
      // Each whole-store run rewrites ~130,000 rows (~15 s): three runs keep `npm run bench` short.
      const wholeRuns = Math.max(1, Math.min(ctx.coldRuns, 3));
      const whole: Timings[] = [];
      for (let run = 0; run < wholeRuns; run += 1) whole.push(await measure({ kind: 'all' }));
      const counts = await seeder.evaluate(() => window.__bench.counts());
      if (counts.history < 100_000) throw new Error(`bench: the restored store has ${counts.history} history rows`);
      const one: Timings[] = [];
      const oneRuns = Math.max(3, Math.min(ctx.runs, 9));
      for (let run = 0; run < oneRuns; run += 1)
        one.push(await measure({ kind: 'assessment', assessmentId: largeStoreAssessmentId(30 + run) }));
      await seeder.evaluate(() => window.__bench.close());
      const group = 'backup';
      const pick = (list: Timings[], key: keyof Timings) => list.map((timing) => timing[key]);
      return [
        fixedFigure({
          id: 'backup.all.size',
          group,
          label: 'backup of the whole large store (JSON, unencrypted)',
          unit: 'kB',
          value: (whole[0]?.bytes ?? 0) / 1024,
        }),
        figure({
          id: 'backup.all.collect',
          group,
          label: 'whole store: read every table (collectBackup)',
          samples: pick(whole, 'collectMs'),
        }),
        figure({
          id: 'backup.all.serialize',
          group,
          label: 'whole store: serialise + SHA-256 (serializeBackup)',
          samples: pick(whole, 'serializeMs'),
        }),
        figure({
          id: 'backup.all.parse',
          group,
          label: 'whole store: parse, checksum and validate (parseBackupText)',
          samples: pick(whole, 'parseMs'),
        }),
        figure({
          id: 'backup.all.restore',
          group,
          label: 'whole store: restore (restoreEverything, one transaction)',
          samples: pick(whole, 'restoreMs'),
          baseline: { label: 'bare bulk puts', samples: pick(whole, 'bareMs') },
        }),
        figure({
          id: 'backup.one.restore',
          group,
          label: 'one assessment: restore over itself (restoreOneAssessment, with snapshot)',
          samples: pick(one, 'restoreMs'),
          baseline: { label: 'bare bulk puts', samples: pick(one, 'bareMs') },
        }),
        figure({ id: 'backup.one.parse', group, label: 'one assessment: parse and validate its backup', samples: pick(one, 'parseMs') }),
      ];
    } finally {
      await context.close();
    }
  },
};
