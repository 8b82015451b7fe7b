import type { Source } from '@/domain/assessment';
import { diffFields, historyEntries } from '@/domain/history';
import type { SourceInput } from '@/domain/record-validation';
import { checkSource } from '@/domain/record-validation';
import { guardCommand, refuse } from './command-refusal';
import { newId } from './commands';
import { db } from './db';
import { requireEditableAssessment, requireReasonIfAgreed, requireTranslatableAssessment } from './response-commands';

/** Structured sources of an indicator. Each command writes the source and its history together. */

const SOURCE_FIELDS = ['type', 'title', 'section', 'date', 'url', 'excerpt', 'translations'] as const;

function tidy(input: SourceInput): SourceInput {
  const clean = { ...input, title: input.title.trim(), section: input.section.trim(), date: input.date.trim(), url: input.url.trim() };
  if (clean.translations === undefined) delete clean.translations;
  return clean;
}

type Who = { readonly memberId: string | null; readonly reason: string };

export function addSource(assessmentId: string, indicatorId: string, input: SourceInput, who: Who): Promise<Source> {
  const at = new Date().toISOString();
  const clean = tidy(input);
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.sources, db.history], async () => {
      const problem = checkSource(clean);
      if (problem) refuse({ code: 'invalid-input', field: problem.field });
      await requireEditableAssessment(assessmentId);
      await requireReasonIfAgreed(assessmentId, indicatorId, who.reason);
      const source: Source = { ...clean, id: newId(), assessmentId, indicatorId, createdAt: at, createdBy: who.memberId };
      await db.sources.add(source);
      const context = { assessmentId, indicatorId, entity: 'source' as const, entityId: source.id, at, ...who };
      await db.history.bulkAdd(historyEntries([{ field: 'source.added', before: null, after: source.title }], context, newId));
      await db.assessments.update(assessmentId, { updatedAt: at });
      return source;
    }),
  );
}

/** Resolves with the source before and after the change (the same row twice when nothing changed). */
export function updateSource(id: string, input: SourceInput, who: Who): Promise<{ before: Source; after: Source }> {
  const at = new Date().toISOString();
  const clean = tidy(input);
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.sources, db.history], async () => {
      const problem = checkSource(clean);
      if (problem) refuse({ code: 'invalid-input', field: problem.field });
      const current = await db.sources.get(id);
      if (!current) refuse({ code: 'missing-record' });
      const next: Source = { ...current, ...clean };
      const changed = diffFields(current, next, SOURCE_FIELDS);
      // Translating a title or section changes no evidence: allowed after validation, without a reason (as for justifications).
      if (changed.length > 0 && changed.every((change) => change.field === 'translations'))
        await requireTranslatableAssessment(current.assessmentId);
      else {
        await requireEditableAssessment(current.assessmentId);
        await requireReasonIfAgreed(current.assessmentId, current.indicatorId, who.reason);
      }
      const changes = changed.map((change) => ({ ...change, field: `source.${change.field}` }));
      if (changes.length === 0) return { before: current, after: current };
      await db.sources.put(next);
      const context = {
        assessmentId: current.assessmentId,
        indicatorId: current.indicatorId,
        entity: 'source' as const,
        entityId: id,
        at,
        ...who,
      };
      await db.history.bulkAdd(historyEntries(changes, context, newId));
      await db.assessments.update(current.assessmentId, { updatedAt: at });
      return { before: current, after: next };
    }),
  );
}

/** Resolves with the removed source (null when it was already gone). */
export function deleteSource(id: string, who: Who): Promise<Source | null> {
  const at = new Date().toISOString();
  return guardCommand(() =>
    db.transaction('rw', [db.assessments, db.responses, db.sources, db.history], async () => {
      const current = await db.sources.get(id);
      if (!current) return null;
      await requireEditableAssessment(current.assessmentId);
      await requireReasonIfAgreed(current.assessmentId, current.indicatorId, who.reason);
      await db.sources.delete(id);
      const context = {
        assessmentId: current.assessmentId,
        indicatorId: current.indicatorId,
        entity: 'source' as const,
        entityId: id,
        at,
        ...who,
      };
      await db.history.bulkAdd(historyEntries([{ field: 'source.removed', before: current.title, after: null }], context, newId));
      await db.assessments.update(current.assessmentId, { updatedAt: at });
      return current;
    }),
  );
}
