import type { HistoryEntry } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import { latestBase, mergeBaseOf } from '@/domain/merge-base';
import type { MergeBase } from '@/domain/merge-base';
import { ExchangeError } from '@/domain/merge-errors';
import type { ExchangeState, IncomingPackage } from '@/domain/merge-exchange-state';
import { exchangeStateKey, readExchangeState } from '@/domain/merge-exchange-state';
import { mergeAssessment } from '@/domain/merge-three-way';
import type { MergeResult, Resolution } from '@/domain/merge-types';
import { newId } from './commands';
import { db } from './db';
import { readBundleInTransaction, replaceBundleInTransaction, SNAPSHOT_TABLES, takeSnapshotInTransaction } from './snapshot-commands';
import { guardExchange as guardStorage } from './exchange-guard';

/**
 * Member packages in and out of the store. Export reads; import previews the merge without
 * writing, then applies it in ONE transaction (snapshot, answers, records, history, exchange
 * state), recomputing the merge inside it so a change made meanwhile is never overwritten.
 */

export const DEVICE_ID_KEY = 'deviceId';

/** This browser's identity in exchanges: random, created on first need, kept in `meta`. */
export function deviceId(): Promise<string> {
  return guardStorage(() =>
    db.transaction('rw', db.meta, async () => {
      const stored = await db.meta.get(DEVICE_ID_KEY);
      if (typeof stored?.value === 'string') return stored.value;
      const created = newId();
      await db.meta.put({ key: DEVICE_ID_KEY, value: created });
      return created;
    }),
  );
}

async function exchangeStateOf(assessmentId: string): Promise<ExchangeState> {
  return readExchangeState((await db.meta.get(exchangeStateKey(assessmentId)))?.value);
}

/** The content of a member package for one assessment (the interchange layer serialises it). */
export async function packageContentFor(assessmentId: string, memberId: string | null): Promise<IncomingPackage['content']> {
  const senderDeviceId = await deviceId();
  return guardStorage(() =>
    db.transaction('r', SNAPSHOT_TABLES(), async () => {
      const bundle = await readBundleInTransaction(assessmentId);
      if (!bundle) throw new ExchangeError('snapshot-missing');
      const state = await exchangeStateOf(assessmentId);
      const bases = Object.fromEntries(
        Object.entries(state.peers).map(([peer, { packageId, exportedAt, base }]) => [peer, { packageId, exportedAt, base }]),
      );
      return { packageId: newId(), exportedAt: new Date().toISOString(), senderDeviceId, senderMemberId: memberId, bundle, bases };
    }),
  );
}

export type ImportPlan =
  | { readonly kind: 'create'; readonly assessmentId: string }
  | { readonly kind: 'duplicate'; readonly assessmentId: string; readonly importedAt: string }
  | { readonly kind: 'merge'; readonly assessmentId: string; readonly result: MergeResult; readonly hasBase: boolean };

type PlanOptions = {
  readonly memberId: string | null;
  readonly expectedAssessmentId?: string | undefined;
  readonly resolutions?: Readonly<Record<string, Resolution>>;
};

/** Must run inside a transaction over SNAPSHOT_TABLES. */
async function planInTransaction(
  pkg: IncomingPackage,
  myDeviceId: string,
  options: PlanOptions,
  at: string,
): Promise<ImportPlan & { base?: MergeBase | null }> {
  const theirs = pkg.content.bundle;
  const assessmentId = theirs.assessment.id;
  if (pkg.content.senderDeviceId === myDeviceId) throw new ExchangeError('own-package');
  if (options.expectedAssessmentId !== undefined && options.expectedAssessmentId !== assessmentId)
    throw new ExchangeError('other-assessment');
  const state = await exchangeStateOf(assessmentId);
  const importedAt = state.importedPackages[pkg.sha256];
  if (importedAt) return { kind: 'duplicate', assessmentId, importedAt };
  const mine = await readBundleInTransaction(assessmentId);
  if (!mine) return { kind: 'create', assessmentId };
  const mySentBase = pkg.content.bases[myDeviceId];
  const lastReceived = state.peers[pkg.content.senderDeviceId];
  const base = latestBase([
    mySentBase && { base: mySentBase.base, reachedAt: mySentBase.exportedAt },
    lastReceived && { base: lastReceived.base, reachedAt: lastReceived.importedAt },
  ]);
  const result = mergeAssessment(mine, theirs, base, { at, memberId: options.memberId, resolutions: options.resolutions ?? {} });
  const stillLocked = isAssessmentLocked(result.delta.assessment ?? mine.assessment);
  if (isAssessmentLocked(mine.assessment) && stillLocked && result.delta.responses.length > 0) throw new ExchangeError('assessment-locked');
  return { kind: 'merge', assessmentId, result, hasBase: base !== null, base };
}

/** What importing a package would do, without writing anything. */
export async function previewPackageImport(pkg: IncomingPackage, options: PlanOptions): Promise<ImportPlan> {
  const myDeviceId = await deviceId();
  return guardStorage(() =>
    db.transaction('r', SNAPSHOT_TABLES(), () => planInTransaction(pkg, myDeviceId, options, new Date().toISOString())),
  );
}

export type ImportOutcome = {
  readonly kind: 'created' | 'merged' | 'unchanged' | 'duplicate';
  readonly assessmentId: string;
  readonly snapshotId: string | null;
};

function historyEntry(
  assessmentId: string,
  at: string,
  memberId: string | null,
  fields: Pick<HistoryEntry, 'indicatorId' | 'entity' | 'entityId' | 'field' | 'before' | 'after'>,
): HistoryEntry {
  return { id: newId(), assessmentId, reason: 'exchange-merge', memberId, at, ...fields };
}

/** Imports a package: creates the assessment, or merges with the given conflict resolutions. */
export async function applyPackageImport(pkg: IncomingPackage, options: PlanOptions): Promise<ImportOutcome> {
  const myDeviceId = await deviceId();
  return guardStorage(() =>
    db.transaction('rw', SNAPSHOT_TABLES(), async () => {
      const at = new Date().toISOString();
      const plan = await planInTransaction(pkg, myDeviceId, options, at);
      if (plan.kind === 'duplicate') return { kind: 'duplicate', assessmentId: plan.assessmentId, snapshotId: null };
      const { content } = pkg;
      const assessmentId = plan.assessmentId;
      const state = await exchangeStateOf(assessmentId);
      const nextState: ExchangeState = {
        peers: {
          ...state.peers,
          [content.senderDeviceId]: {
            packageId: content.packageId,
            exportedAt: content.exportedAt,
            importedAt: at,
            base: mergeBaseOf(content.bundle),
          },
        },
        importedPackages: { ...state.importedPackages, [pkg.sha256]: at },
      };
      const record = {
        packageId: content.packageId,
        sha256: pkg.sha256,
        senderMemberId: content.senderMemberId,
        exportedAt: content.exportedAt,
      };
      if (plan.kind === 'create') {
        await replaceBundleInTransaction(
          { ...content.bundle, history: content.bundle.history.map(({ seq: _seq, ...entry }) => entry) },
          nextState,
        );
        await db.history.add(
          historyEntry(assessmentId, at, options.memberId, {
            indicatorId: null,
            entity: 'assessment',
            entityId: assessmentId,
            field: 'exchange-import',
            before: null,
            after: record,
          }),
        );
        return { kind: 'created', assessmentId, snapshotId: null };
      }
      const { result } = plan;
      if (result.unresolved.length > 0) throw new ExchangeError('unresolved-conflicts', { count: result.unresolved.length });
      if (!result.changed) {
        await db.meta.put({ key: exchangeStateKey(assessmentId), value: nextState });
        return { kind: 'unchanged', assessmentId, snapshotId: null };
      }
      const snapshotId = await takeSnapshotInTransaction(assessmentId, 'before-merge', content.packageId);
      await writeDelta(result, assessmentId, at, options.memberId);
      await db.history.add(
        historyEntry(assessmentId, at, options.memberId, {
          indicatorId: null,
          entity: 'assessment',
          entityId: assessmentId,
          field: 'exchange-merge',
          before: null,
          after: { ...record, snapshotId, summary: result.summary },
        }),
      );
      await db.meta.put({ key: exchangeStateKey(assessmentId), value: nextState });
      return { kind: 'merged', assessmentId, snapshotId };
    }),
  );
}

/** Must run inside a transaction over SNAPSHOT_TABLES. */
async function writeDelta(result: MergeResult, assessmentId: string, at: string, memberId: string | null): Promise<void> {
  const { delta } = result;
  if (delta.assessment) await db.assessments.put(delta.assessment);
  else await db.assessments.update(assessmentId, { updatedAt: at });
  await db.responses.bulkPut([...delta.responses]);
  await db.sources.bulkPut([...delta.sources]);
  await db.comments.bulkPut([...delta.comments]);
  await db.members.bulkPut([...delta.members]);
  await db.sources.bulkDelete([...delta.deleted.sources]);
  await db.comments.bulkDelete([...delta.deleted.comments]);
  await db.members.bulkDelete([...delta.deleted.members]);
  // Their history first (it happened earlier), then one entry per field this merge changed here.
  await db.history.bulkAdd([...delta.history]);
  await db.history.bulkAdd(
    result.fieldChanges.map((change) =>
      historyEntry(assessmentId, at, memberId, {
        indicatorId: change.indicatorId,
        entity: 'response',
        entityId: `${assessmentId}:${change.indicatorId}`,
        field: change.field,
        before: change.before,
        after: change.after,
      }),
    ),
  );
}
