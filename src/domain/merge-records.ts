import type { MergeBase } from './merge-base';
import { recordFingerprint, recordKey } from './merge-base';
import type { MergeConflict, RecordEntity, Resolution } from './merge-types';

/**
 * Record-level three-way merge for sources, comments and members (and the assessment record):
 * these are created whole and rarely edited, so a record is the unit. A record one side deleted
 * stays deleted only if the other side left it untouched since the base; an edit always survives.
 */

type WithId = { readonly id: string; readonly indicatorId?: string | undefined };

export type RecordMergeOutcome<T> = {
  readonly put: T[];
  readonly deleted: string[];
  added: number;
  updated: number;
  readonly conflicts: MergeConflict[];
  readonly unresolved: MergeConflict[];
};

export function mergeRecords<T extends WithId>(
  entity: RecordEntity,
  mine: readonly T[],
  theirs: readonly T[],
  base: MergeBase | null,
  resolutions: Readonly<Record<string, Resolution>>,
): RecordMergeOutcome<T> {
  const outcome: RecordMergeOutcome<T> = { put: [], deleted: [], added: 0, updated: 0, conflicts: [], unresolved: [] };
  const mineById = new Map(mine.map((record) => [record.id, record]));
  const theirsById = new Map(theirs.map((record) => [record.id, record]));
  const ids = new Set([...mineById.keys(), ...theirsById.keys()]);
  for (const id of ids) {
    const m = mineById.get(id);
    const t = theirsById.get(id);
    const key = recordKey(entity, id);
    const baseFp = base?.records[key];
    if (m && t) {
      const mFp = recordFingerprint(entity, m);
      const tFp = recordFingerprint(entity, t);
      if (mFp === tFp || tFp === baseFp) continue;
      if (baseFp !== undefined && mFp === baseFp) {
        outcome.put.push(t);
        outcome.updated += 1;
        continue;
      }
      const conflict: MergeConflict = {
        kind: 'record',
        key,
        entity,
        indicatorId: m.indicatorId ?? null,
        mine: m as unknown as Record<string, unknown>,
        theirs: t as unknown as Record<string, unknown>,
      };
      outcome.conflicts.push(conflict);
      const resolution = resolutions[key];
      if (!resolution) outcome.unresolved.push(conflict);
      else if (resolution.choice === 'theirs') {
        outcome.put.push(t);
        outcome.updated += 1;
      }
    } else if (t) {
      // Absent here: new on their side, or deleted here. A deletion stands only against an untouched record.
      if (baseFp !== undefined && recordFingerprint(entity, t) === baseFp) continue;
      outcome.put.push(t);
      outcome.added += 1;
    } else if (m) {
      // Absent there: deleted on their side (if they had it) and untouched here since.
      if (baseFp !== undefined && recordFingerprint(entity, m) === baseFp) {
        outcome.deleted.push(id);
      }
    }
  }
  return outcome;
}
