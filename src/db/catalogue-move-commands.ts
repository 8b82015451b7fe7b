import type { HistoryEntry, Response } from '@/domain/assessment';
import { responseId } from '@/domain/assessment';
import type { CatalogueMovePlan, MoveContext } from '@/domain/catalogue-move';
import { MOVE_CONTEXT_FIELD } from '@/domain/catalogue-move';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';
import { requireEditableAssessment } from './response-commands';
import { restoreSnapshot, SNAPSHOT_TABLES, takeSnapshotInTransaction } from './snapshot-commands';

/**
 * Moves an assessment to a later catalogue release, as planned by domain/catalogue-move.ts, in one
 * transaction: a snapshot of everything first (what "undo" restores), then the answers re-keyed or
 * set aside, the earlier answers of split, merged and rescaled indicators kept in history as the
 * context the group answers from, and last the version change itself, so it is the newest history
 * entry and "undo" can tell whether anything has changed since.
 */

export const MOVE_VERSION_FIELD = 'catalogueVersion';

export type MoveResult = { readonly snapshotId: string | null };

export function moveAssessmentToCatalogue(assessmentId: string, plan: CatalogueMovePlan, memberId: string | null): Promise<MoveResult> {
  return guardCommand(() =>
    db.transaction('rw', SNAPSHOT_TABLES(), async () => {
      const assessment = await requireEditableAssessment(assessmentId);
      if (assessment.frameworkId !== plan.frameworkId || assessment.catalogueVersion !== plan.fromVersion)
        refuse({ code: 'invalid-input', field: 'catalogueVersion' });
      const snapshotId = await takeSnapshotInTransaction(assessmentId, 'before-catalogue-move', `${plan.fromVersion} → ${plan.toVersion}`);
      const at = new Date().toISOString();
      const reason = `${plan.fromVersion} → ${plan.toVersion}`;
      const history: HistoryEntry[] = [];
      const entry = (indicatorId: string | null, field: string, before: unknown, after: unknown): HistoryEntry => ({
        id: newId(),
        assessmentId,
        indicatorId,
        entity: indicatorId === null ? 'assessment' : 'response',
        entityId: indicatorId === null ? assessmentId : responseId(assessmentId, indicatorId),
        field,
        before,
        after,
        reason,
        memberId,
        at,
      });
      const responses = new Map((await db.responses.where('assessmentId').equals(assessmentId).toArray()).map((r) => [r.indicatorId, r]));

      // Renamed indicators: the answer, its sources and comments follow the new id.
      for (const item of plan.carried) {
        if (item.fromId === item.toId) continue;
        const old = responses.get(item.fromId);
        if (old) {
          await db.responses.delete(old.id);
          await db.responses.put({
            ...old,
            id: responseId(assessmentId, item.toId),
            indicatorId: item.toId,
            revision: old.revision + 1,
            updatedAt: at,
          });
        }
        await db.sources.where('[assessmentId+indicatorId]').equals([assessmentId, item.fromId]).modify({ indicatorId: item.toId });
        await db.comments.where('[assessmentId+indicatorId]').equals([assessmentId, item.fromId]).modify({ indicatorId: item.toId });
        history.push(entry(item.toId, 'indicatorId', item.fromId, item.toId));
      }

      // Indicators that need a new answer: context into history; sources go along to every part.
      const superseded = new Set<string>();
      for (const item of plan.needsAnswer) {
        if (item.reason === 'added') continue;
        const context: MoveContext = {
          fromVersion: plan.fromVersion,
          toVersion: plan.toVersion,
          reason: item.reason,
          fromIds: item.fromIds,
          previous: item.previous,
        };
        history.push(entry(item.toId, MOVE_CONTEXT_FIELD, null, context));
        if (item.reason === 'rescaled') {
          const old = responses.get(item.toId);
          if (old && old.answer !== null) {
            const cleared: Response = {
              ...old,
              answer: null,
              status: old.status === 'not-started' ? 'not-started' : 'draft',
              revision: old.revision + 1,
              updatedAt: at,
              updatedBy: memberId,
            };
            await db.responses.put(cleared);
            history.push(entry(item.toId, 'answer', old.answer, null));
          }
          continue;
        }
        for (const fromId of item.fromIds) {
          superseded.add(fromId);
          const sources = await db.sources.where('[assessmentId+indicatorId]').equals([assessmentId, fromId]).toArray();
          await db.sources.bulkAdd(sources.map((source) => ({ ...source, id: newId(), indicatorId: item.toId })));
        }
      }
      // Comments of a split or merged indicator go to its first successor: discussion is not duplicated.
      for (const fromId of superseded) {
        const first = plan.needsAnswer.find((item) => item.fromIds.includes(fromId))?.toId;
        if (first) await db.comments.where('[assessmentId+indicatorId]').equals([assessmentId, fromId]).modify({ indicatorId: first });
      }
      // Superseded and removed answers leave the live tables; the snapshot and history keep them.
      const gone = [...superseded, ...plan.removed.map((item) => item.fromId)];
      for (const fromId of gone) {
        await db.responses.delete(responseId(assessmentId, fromId));
        await db.sources.where('[assessmentId+indicatorId]').equals([assessmentId, fromId]).delete();
      }
      for (const item of plan.removed) {
        if (item.previous) history.push(entry(item.fromId, 'removedInCatalogue', item.previous, null));
      }
      await db.assessments.put({ ...assessment, catalogueVersion: plan.toVersion, updatedAt: at });
      if (history.length > 0) await db.history.bulkAdd(history);
      await db.history.add(entry(null, MOVE_VERSION_FIELD, { version: plan.fromVersion }, { version: plan.toVersion, snapshotId }));
      return { snapshotId };
    }),
  );
}

export type MoveUndo = { readonly snapshotId: string; readonly fromVersion: string; readonly toVersion: string };

/**
 * The move that can still be undone: only while the move is the newest entry in the assessment's
 * history (any later change would be lost by restoring the snapshot) and its snapshot still exists.
 */
export async function undoableMove(assessmentId: string): Promise<MoveUndo | null> {
  const last = await db.history.where('assessmentId').equals(assessmentId).last();
  if (!last || last.field !== MOVE_VERSION_FIELD) return null;
  const before = last.before as { version?: unknown } | null;
  const after = last.after as { version?: unknown; snapshotId?: unknown } | null;
  if (typeof after?.snapshotId !== 'string' || typeof before?.version !== 'string' || typeof after.version !== 'string') return null;
  if (!(await db.snapshots.get(after.snapshotId))) return null;
  return { snapshotId: after.snapshotId, fromVersion: before.version, toVersion: after.version };
}

/** Puts the assessment back as it was before the move (the restore is itself recorded and undoable). */
export async function undoMove(assessmentId: string, memberId: string | null): Promise<void> {
  const move = await undoableMove(assessmentId);
  if (!move) refuse({ code: 'invalid-input', field: 'catalogueVersion' });
  await restoreSnapshot(move.snapshotId, memberId);
}
