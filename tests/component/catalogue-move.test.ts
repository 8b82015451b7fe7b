import { afterEach, describe, expect, it } from 'vitest';
import { findCatalogue } from '@/catalog/catalogue-lookup';
import { moveAssessmentToCatalogue, undoableMove, undoMove } from '@/db/catalogue-move-commands';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { getAssessmentBundle } from '@/db/queries';
import { editResponse } from '@/db/response-commands';
import { buildDemoBundles, DEMO_CATALOGUE_VERSION, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { buildLargeStoreAssessment } from '@/demo/large-store';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import type { Catalogue } from '@/domain/catalogue';
import { MOVE_CONTEXT_FIELD, planCatalogueMove, readMoveContext } from '@/domain/catalogue-move';
import { canonicalJson } from '@/domain/merge-canonical';
import { compareRounds } from '@/domain/round-comparison';
import { responsesByIndicator } from '@/domain/scoring';
import { realCatalogueSet } from '../unit/catalogue-fixtures';

/** Moving real assessments (the demo, the large store) from catalogue 1.0.0 to 1.1.0, and back. */
const set = realCatalogueSet();
const v100 = findCatalogue(set, 'mgi-national', '1.0.0')!;
const v110 = findCatalogue(set, 'mgi-national', '1.1.0')!;

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function planFor(assessmentId: string, from: Catalogue = v100) {
  const bundle = await getAssessmentBundle(assessmentId);
  return planCatalogueMove(from, v110, set.catalogues, responsesByIndicator(bundle!.responses));
}

describe('moving the demo from 1.0.0 to 1.1.0', () => {
  it('carries comparable answers, clears split and rescaled ones, keeps their context in history, and can be undone', async () => {
    expect(DEMO_CATALOGUE_VERSION).toBe('1.0.0');
    for (const bundle of buildDemoBundles(v100)) await replaceAssessmentBundle(bundle);
    const before = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    const old = responsesByIndicator(before!.responses);
    const plan = await planFor(DEMO_FOLLOW_UP_ID);
    expect(plan.needsAnswer.map((n) => [n.toId, n.reason])).toEqual(
      expect.arrayContaining([
        ['D1.3.2', 'rescaled'],
        ['D2.2.5', 'split'],
        ['D2.2.6', 'split'],
        ['D3.2.5', 'split'],
        ['D3.2.6', 'split'],
        ['D6.1.6', 'added'],
      ]),
    );
    expect(plan.needsAnswer).toHaveLength(6);
    expect(plan.carried).toHaveLength(93 - 6);
    expect(plan.removed).toEqual([]);

    await moveAssessmentToCatalogue(DEMO_FOLLOW_UP_ID, plan, null);
    const after = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    expect(after?.assessment.catalogueVersion).toBe('1.1.0');
    const now = responsesByIndicator(after!.responses);
    // Comparable answers are untouched, including their justification and revision.
    expect(now.get('D2.2.1')).toEqual(old.get('D2.2.1'));
    expect(now.get('D1.1.1')?.answer).toBe(old.get('D1.1.1')?.answer);
    // Split parts start unanswered; the whole question's row is gone from the live table.
    expect(now.has('D2.2.4')).toBe(false);
    expect(now.get('D2.2.5')?.answer ?? null).toBeNull();
    // The rescaled D1.3.2 keeps its justification, but not an answer on the old scale.
    expect(now.get('D1.3.2')?.answer).toBeNull();
    expect(now.get('D1.3.2')?.justification).toBe(old.get('D1.3.2')?.justification);
    // The old answer and justification stay visible as context for each part.
    const contexts = after!.history.filter((h) => h.field === MOVE_CONTEXT_FIELD);
    const d225 = readMoveContext(contexts.find((h) => h.indicatorId === 'D2.2.5')?.after);
    expect(d225).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.1.0', reason: 'split', fromIds: ['D2.2.4'] });
    expect(d225?.previous[0]).toMatchObject({
      indicatorId: 'D2.2.4',
      answer: old.get('D2.2.4')?.answer,
      justification: old.get('D2.2.4')?.justification,
    });
    // Sources of the split indicator go along to both parts.
    const oldSources = before!.sources.filter((s) => s.indicatorId === 'D2.2.4').length;
    expect(after!.sources.filter((s) => s.indicatorId === 'D2.2.5')).toHaveLength(oldSources);
    expect(after!.sources.filter((s) => s.indicatorId === 'D2.2.6')).toHaveLength(oldSources);
    // The move is the newest history entry, so it can be undone, exactly.
    expect(await undoableMove(DEMO_FOLLOW_UP_ID)).toMatchObject({ fromVersion: '1.0.0', toVersion: '1.1.0' });
    await undoMove(DEMO_FOLLOW_UP_ID, null);
    const undone = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    expect(undone?.assessment.catalogueVersion).toBe('1.0.0');
    expect(canonicalJson(undone?.responses)).toBe(canonicalJson(before?.responses));
    expect(canonicalJson(undone?.sources)).toBe(canonicalJson(before?.sources));
  });

  it('is no longer undoable once something else has changed', async () => {
    for (const bundle of buildDemoBundles(v100)) await replaceAssessmentBundle(bundle);
    await moveAssessmentToCatalogue(DEMO_FOLLOW_UP_ID, await planFor(DEMO_FOLLOW_UP_ID), null);
    await editResponse({
      assessmentId: DEMO_FOLLOW_UP_ID,
      indicatorId: 'D2.2.5',
      edit: { patch: { answer: 'yes' }, base: { answer: null }, memberId: null, reason: '', allowedAnswers: ['yes', 'partial', 'no'] },
    });
    expect(await undoableMove(DEMO_FOLLOW_UP_ID)).toBeNull();
    await expect(undoMove(DEMO_FOLLOW_UP_ID, null)).rejects.toThrow();
  });

  it('refuses a plan made for another version, writing nothing', async () => {
    for (const bundle of buildDemoBundles(v100)) await replaceAssessmentBundle(bundle);
    const plan = await planFor(DEMO_FOLLOW_UP_ID);
    await moveAssessmentToCatalogue(DEMO_FOLLOW_UP_ID, plan, null);
    const moved = canonicalJson(await getAssessmentBundle(DEMO_FOLLOW_UP_ID));
    await expect(moveAssessmentToCatalogue(DEMO_FOLLOW_UP_ID, plan, null)).rejects.toThrow();
    expect(canonicalJson(await getAssessmentBundle(DEMO_FOLLOW_UP_ID))).toBe(moved);
  });

  it('compares the moved round with the 1.0.0 baseline, reporting split parts as not comparable', async () => {
    const [baseline] = buildDemoBundles(v100);
    for (const bundle of buildDemoBundles(v100)) await replaceAssessmentBundle(bundle);
    await moveAssessmentToCatalogue(DEMO_FOLLOW_UP_ID, await planFor(DEMO_FOLLOW_UP_ID), null);
    const moved = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    const comparison = compareRounds(
      { catalogue: v100, responses: responsesByIndicator(baseline!.responses) },
      { catalogue: v110, responses: responsesByIndicator(moved!.responses) },
      set.catalogues,
    );
    const byId = new Map(comparison.changes.map((c) => [c.indicatorId, c]));
    expect(byId.get('D2.2.5')).toMatchObject({ previousIndicatorIds: ['D2.2.4'], comparability: 'split', direction: 'not-comparable' });
    expect(byId.get('D3.2.6')).toMatchObject({ previousIndicatorIds: ['D3.2.1'], comparability: 'split', direction: 'not-comparable' });
    expect(byId.get('D1.3.2')).toMatchObject({ comparability: 'rescaled', direction: 'not-comparable' });
    expect(byId.get('D6.1.6')).toMatchObject({ comparability: 'added', direction: 'not-comparable' });
  });
});

describe('moving large-store assessments', () => {
  it('moves each one without losing a row: every 1.0.0 answer is carried, cleared with context, or in the snapshot', async () => {
    // The first three assessments still being scored (earlier rounds are published, hence locked).
    const open = Array.from({ length: 9 }, (_, index) => buildLargeStoreAssessment(v100, index))
      .filter((bundle) => !isAssessmentLocked(bundle.assessment))
      .slice(0, 3);
    expect(open).toHaveLength(3);
    for (const bundle of open) await replaceAssessmentBundle(bundle);
    for (const id of open.map((bundle) => bundle.assessment.id)) {
      const before = await getAssessmentBundle(id);
      const plan = await planFor(id);
      await moveAssessmentToCatalogue(id, plan, null);
      const after = await getAssessmentBundle(id);
      expect(after?.assessment.catalogueVersion).toBe('1.1.0');
      // 90 rows before; the two split ones leave, the rescaled one stays.
      expect(after?.responses).toHaveLength(before!.responses.length - 2);
      expect(after?.history.length).toBeGreaterThan(before!.history.length);
      const snapshot = await db.snapshots.where('assessmentId').equals(id).last();
      expect(canonicalJson((snapshot as unknown as { bundle: { responses: unknown } }).bundle.responses)).toBe(
        canonicalJson(before?.responses),
      );
      const contexts = after!.history
        .filter((h) => h.field === MOVE_CONTEXT_FIELD)
        .map((h) => h.indicatorId)
        .sort();
      expect(contexts).toEqual(['D1.3.2', 'D2.2.5', 'D2.2.6', 'D3.2.5', 'D3.2.6']);
    }
  }, 60_000);
});
