import type { Assessment } from '@/domain/assessment';
import type { AssessmentBundle } from './assessment-bundle';
import { db } from './db';
import { bilingualBundle } from './bilingual-import';
import { guardStorage } from './storage-errors';

/**
 * Writes. Each command is one transaction, so a failure (a full disk, a closed tab) leaves the
 * store exactly as it was: nothing is ever half-written.
 */

/** The tables that hold an assessment's own rows. Snapshots are kept on delete: they are the way back. */
const ALL_TABLES = () => [db.assessments, db.members, db.responses, db.sources, db.comments, db.history, db.profiles];

export type NewAssessment = Omit<Assessment, 'id' | 'createdAt' | 'updatedAt'>;

export function newId(): string {
  return crypto.randomUUID();
}

export async function createAssessment(input: NewAssessment, memberId: string | null): Promise<Assessment> {
  const at = new Date().toISOString();
  const assessment: Assessment = { ...input, id: newId(), createdAt: at, updatedAt: at };
  await guardStorage(() =>
    db.transaction('rw', [db.assessments, db.history], async () => {
      await db.assessments.add(assessment);
      await db.history.add({
        id: newId(),
        assessmentId: assessment.id,
        indicatorId: null,
        entity: 'assessment',
        entityId: assessment.id,
        field: 'created',
        before: null,
        after: null,
        reason: '',
        memberId,
        at,
      });
    }),
  );
  return assessment;
}

/**
 * Stores a whole assessment at once (demo, restore, import), replacing whatever was stored under
 * its id: all of it or, on failure, none.
 */
export function replaceAssessmentBundle(incoming: AssessmentBundle): Promise<void> {
  const bundle = bilingualBundle(incoming);
  return guardStorage(() =>
    db.transaction('rw', ALL_TABLES(), async () => {
      await deleteAssessmentRows(bundle.assessment.id);
      await db.assessments.put(bundle.assessment);
      await db.members.bulkPut([...bundle.members]);
      await db.responses.bulkPut([...bundle.responses]);
      await db.sources.bulkPut([...bundle.sources]);
      await db.comments.bulkPut([...bundle.comments]);
      if (bundle.profile) await db.profiles.put(bundle.profile);
      // History rows get fresh sequence numbers here: seq is local to one browser's store.
      await db.history.bulkAdd(bundle.history.map(({ seq: _seq, ...entry }) => entry));
    }),
  );
}

/**
 * Deletes an assessment's record rows (not its profile draft). Must run inside a transaction over
 * those tables; snapshot restores use it too, since a snapshot does not hold the draft.
 */
export async function deleteAssessmentRecordRows(id: string): Promise<void> {
  await Promise.all([
    db.assessments.delete(id),
    db.members.where('assessmentId').equals(id).delete(),
    db.responses.where('assessmentId').equals(id).delete(),
    db.sources.where('assessmentId').equals(id).delete(),
    db.comments.where('assessmentId').equals(id).delete(),
    db.history.where('assessmentId').equals(id).delete(),
  ]);
}

/** Must run inside a transaction over ALL_TABLES. */
async function deleteAssessmentRows(id: string): Promise<void> {
  await Promise.all([deleteAssessmentRecordRows(id), db.profiles.delete(id)]);
}

export function deleteAssessment(id: string): Promise<void> {
  return guardStorage(() => db.transaction('rw', ALL_TABLES(), () => deleteAssessmentRows(id)));
}
