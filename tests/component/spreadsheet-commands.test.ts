import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { applySpreadsheetAnswers, SpreadsheetImportRefused } from '@/db/spreadsheet-commands';
import { buildDemoBundles, DEMO_BASELINE_ID, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const catalogue = fixtureCatalogue('1.0.0');

async function dump() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

async function loadDemo() {
  for (const bundle of buildDemoBundles(catalogue)) await replaceAssessmentBundle(bundle);
  const responses = await db.responses.where('assessmentId').equals(DEMO_FOLLOW_UP_ID).toArray();
  return new Map(responses.map((r) => [r.indicatorId, r]));
}

const planFor = (indicatorId: string, revision: number, answer: string) => ({
  indicatorId,
  baseRevision: revision,
  answer,
  notApplicable: false,
  notApplicableReason: '',
  justification: 'From the sheet',
});

describe('applying spreadsheet answers', () => {
  it('writes every planned answer with a history row per changed field', async () => {
    const stored = await loadDemo();
    const a1 = stored.get('A1')!;
    const newAnswer = a1.answer === 'no' ? 'yes' : 'no';
    await applySpreadsheetAnswers(DEMO_FOLLOW_UP_ID, [planFor('A1', a1.revision, newAnswer)], { memberId: null, reason: 'Workshop sheet' });
    const after = await db.responses.get(a1.id);
    expect(after).toMatchObject({ answer: newAnswer, justification: 'From the sheet', revision: a1.revision + 1 });
    const rows = await db.history
      .where('[assessmentId+indicatorId]')
      .equals([DEMO_FOLLOW_UP_ID, 'A1'])
      .filter((h) => h.reason === 'Workshop sheet')
      .toArray();
    expect(rows.map((h) => h.field).sort()).toEqual(
      ['answer', 'justification'].filter((f) => f !== 'justification' || a1.justification !== 'From the sheet').sort(),
    );
  });

  it('changes nothing when one answer moved on since the file was read', async () => {
    const stored = await loadDemo();
    const before = await dump();
    const changes = [planFor('A1', stored.get('A1')!.revision, 'yes'), planFor('A2', stored.get('A2')!.revision - 1, 'no')];
    await expect(applySpreadsheetAnswers(DEMO_FOLLOW_UP_ID, changes, { memberId: null, reason: 'x' })).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(await dump()).toEqual(before);
  });

  it('refuses a locked assessment, and agreed answers without a reason', async () => {
    const stored = await loadDemo();
    const before = await dump();
    await expect(applySpreadsheetAnswers(DEMO_BASELINE_ID, [planFor('A1', 0, 'yes')], { memberId: null, reason: 'x' })).rejects.toEqual(
      new SpreadsheetImportRefused('locked'),
    );
    const agreed = [...stored.values()].find((r) => r.status === 'agreed' || r.status === 'validated');
    expect(agreed).toBeDefined();
    await expect(
      applySpreadsheetAnswers(DEMO_FOLLOW_UP_ID, [planFor(agreed!.indicatorId, agreed!.revision, 'yes')], { memberId: null, reason: ' ' }),
    ).rejects.toEqual(new SpreadsheetImportRefused('reason-required'));
    expect(await dump()).toEqual(before);
  });
});
