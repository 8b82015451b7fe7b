import type { HistoryEntry } from '@/domain/assessment';
import type { FieldChange } from '@/domain/history';
import { sameValue } from '@/domain/history';
import type { ProfileDraft } from '@/domain/profile-draft';
import { BLOCKING_DRAFT_PROBLEMS, emptyProfileDraft, profileDraftProblems } from '@/domain/profile-draft';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';

/**
 * Writes of the researcher's profile draft, field by field (through the edit session). One
 * transaction per write: the draft, the assessment's last-change time and a history entry naming
 * the fields that changed go together or not at all.
 */

/**
 * A field of the draft: a top-level section (`introduction`, `priorities`, `keyData`, `editing`)
 * or one entry of a keyed section (`domainNarratives.D1`).
 */
export type ProfileFieldPath = string;

export function readProfileField(draft: ProfileDraft, path: ProfileFieldPath): unknown {
  const [section = '', key] = path.split('.', 2);
  const value = (draft as unknown as Record<string, unknown>)[section];
  if (key === undefined) return value;
  return value !== null && typeof value === 'object' ? ((value as Record<string, unknown>)[key] ?? null) : null;
}

function writeProfileField(draft: ProfileDraft, path: ProfileFieldPath, value: unknown): ProfileDraft {
  const [section = '', key] = path.split('.', 2);
  if (key === undefined) return { ...draft, [section]: value };
  const current = (draft as unknown as Record<string, Record<string, unknown>>)[section] ?? {};
  return { ...draft, [section]: { ...current, [key]: value } };
}

const SECTIONS = new Set([
  'objective',
  'acknowledgements',
  'introduction',
  'methodology',
  'domainNarratives',
  'priorities',
  'keyData',
  'editing',
]);

export type ProfileFieldEdit = { readonly field: ProfileFieldPath; readonly value: unknown; readonly base: unknown };

export type EditProfileOptions = {
  readonly memberId: string | null;
  /** Injected by tests; defaults to now. */
  readonly at?: string;
};

/**
 * Stores the given fields of the draft (creating the draft on first write). Refuses, changing
 * nothing: a missing assessment, a published one (its profile is the published record; drafting
 * continues on a new round), a field someone else changed since the editor saw it (`conflict`),
 * and a result with blocking problems (`invalid-input`). Resolves with the stored draft
 * and what this write changed (nothing when the draft already held those values).
 */
export function editProfileFields(
  assessmentId: string,
  edits: readonly ProfileFieldEdit[],
  options: EditProfileOptions,
): Promise<{ draft: ProfileDraft; changes: FieldChange[] }> {
  const at = options.at ?? new Date().toISOString();
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.profiles, db.history], async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) refuse({ code: 'missing-assessment' });
      if (assessment.phase === 'published') refuse({ code: 'locked' });
      const stored = await db.profiles.get(assessmentId);
      const current = stored ?? emptyProfileDraft(assessmentId, at);
      for (const edit of edits) if (!SECTIONS.has(edit.field.split('.')[0] ?? '')) refuse({ code: 'invalid-input', field: edit.field });
      const conflicts = edits.filter(({ field, value, base }) => {
        const now = readProfileField(current, field);
        return !sameValue(now, base) && !sameValue(now, value);
      });
      if (conflicts.length > 0) refuse({ code: 'conflict', fields: conflicts.map((c) => c.field) });
      const changed = edits.filter(({ field, value }) => !sameValue(readProfileField(current, field), value));
      if (stored && changed.length === 0) return { draft: stored, changes: [] };
      const next: ProfileDraft = {
        ...changed.reduce((draft, edit) => writeProfileField(draft, edit.field, edit.value), current),
        updatedAt: at,
        updatedBy: options.memberId,
      };
      const blocking = profileDraftProblems(next).filter((problem) => BLOCKING_DRAFT_PROBLEMS.has(problem.code));
      if (blocking.length > 0) refuse({ code: 'invalid-input', field: blocking[0]?.where ?? 'profile' });
      await db.profiles.put(next);
      await db.assessments.update(assessment.id, { updatedAt: at });
      const entry: HistoryEntry = {
        id: newId(),
        assessmentId: assessment.id,
        indicatorId: null,
        entity: 'assessment',
        entityId: assessment.id,
        field: `profile:${changed.map((edit) => edit.field).join(',')}`,
        before: stored ? Object.fromEntries(changed.map((edit) => [edit.field, readProfileField(stored, edit.field)])) : null,
        after: Object.fromEntries(changed.map((edit) => [edit.field, edit.value])),
        reason: '',
        memberId: options.memberId,
        at,
      };
      await db.history.add(entry);
      return {
        draft: next,
        changes: changed.map(({ field, value }) => ({ field, before: readProfileField(current, field), after: value })),
      };
    }),
  );
}
