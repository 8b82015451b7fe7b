import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, deleteAssessment, replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { getAssessmentBundle, listAssessments } from '@/db/queries';
import { classifyStorageError, StorageFailure } from '@/db/storage-errors';
import { buildDemoBundles, DEMO_BASELINE_ID, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const catalogue = fixtureCatalogue('1.0.0');

async function snapshot() {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(tables);
}

describe('assessment commands', () => {
  it('creates an assessment with a creation entry in its history', async () => {
    const created = await createAssessment(
      {
        frameworkId: 'fixture',
        catalogueVersion: '1.0.0',
        level: 'national',
        countryCode: 'JO',
        round: 1,
        year: 2026,
        previousAssessmentId: null,
        phase: 'data-collection',
        isDemo: false,
      },
      'member-1',
    );
    const bundle = await getAssessmentBundle(created.id);
    expect(bundle?.assessment).toEqual(created);
    expect(bundle?.history).toEqual([expect.objectContaining({ field: 'created', memberId: 'member-1', entityId: created.id })]);
    expect((await listAssessments()).map((a) => a.id)).toEqual([created.id]);
  });

  it('stores both demo rounds completely and replaces them on a second load', async () => {
    const bundles = buildDemoBundles(catalogue);
    for (const bundle of bundles) await replaceAssessmentBundle(bundle);
    for (const bundle of bundles) await replaceAssessmentBundle(bundle);
    const followUp = await getAssessmentBundle(DEMO_FOLLOW_UP_ID);
    expect(followUp?.responses).toHaveLength(catalogue.indicators.length);
    expect(followUp?.assessment.previousAssessmentId).toBe(DEMO_BASELINE_ID);
    expect(followUp?.profile?.priorities.map((p) => p.id)).toEqual(['migration-data', 'return', 'legal', 'economy']);
    expect((await getAssessmentBundle(DEMO_BASELINE_ID))?.profile?.acknowledgements.en).toMatch(/Technical Working Group/);
    expect(followUp?.history.length).toBe(bundles[1]?.history.length);
    expect(await db.assessments.count()).toBe(2);
  });

  it('leaves the store exactly as it was when the disk fills up mid-write', async () => {
    const [baseline, followUp] = buildDemoBundles(catalogue);
    await replaceAssessmentBundle(baseline!);
    const before = await snapshot();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.sources, 'bulkPut').mockRejectedValueOnce(quota);
    // Replacing the baseline deletes its rows first; the failure must roll that back too.
    await expect(
      replaceAssessmentBundle({ ...followUp!, assessment: { ...followUp!.assessment, id: DEMO_BASELINE_ID } }),
    ).rejects.toMatchObject({
      kind: 'quota-exceeded',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('deletes an assessment and every row that belongs to it, and nothing else', async () => {
    const [baseline, followUp] = buildDemoBundles(catalogue);
    await replaceAssessmentBundle(baseline!);
    await replaceAssessmentBundle(followUp!);
    await deleteAssessment(DEMO_BASELINE_ID);
    expect(await getAssessmentBundle(DEMO_BASELINE_ID)).toBeUndefined();
    for (const table of [db.members, db.responses, db.sources, db.comments, db.history]) {
      expect(await table.where('assessmentId').equals(DEMO_BASELINE_ID).count()).toBe(0);
    }
    expect((await getAssessmentBundle(DEMO_FOLLOW_UP_ID))?.responses.length).toBe(catalogue.indicators.length);
  });

  it('classifies storage failures, also when Dexie wraps them, so the UI can say what happened', () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota-exceeded');
    expect(classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).kind).toBe('quota-exceeded');
    expect(classifyStorageError({ name: 'DatabaseClosedError' }).kind).toBe('unavailable');
    expect(classifyStorageError({ name: 'ConstraintError' }).kind).toBe('conflict');
    expect(classifyStorageError(new Error('boom')).kind).toBe('unknown');
    expect(classifyStorageError(new StorageFailure('blocked')).kind).toBe('blocked');
  });
});
