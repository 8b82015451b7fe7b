import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bilingual, EMPTY_BILINGUAL, fromSingle } from '@/domain/bilingual-text';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { ProfileCommandError, saveProfileDraft } from '@/db/profile-commands';
import { StorageFailure } from '@/db/storage-errors';
import { buildDemoBundles, DEMO_BASELINE_ID, DEMO_FOLLOW_UP_ID } from '@/demo/demo-assessment';
import type { ProfileDraft } from '@/domain/profile-draft';
import { fixtureCatalogue } from '../unit/catalogue-fixtures';

const catalogue = fixtureCatalogue('1.0.0');

beforeEach(async () => {
  for (const bundle of buildDemoBundles(catalogue)) await replaceAssessmentBundle(bundle);
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function storedDraft(): Promise<ProfileDraft> {
  const draft = await db.profiles.get(DEMO_FOLLOW_UP_ID);
  if (!draft) throw new Error('the demo follow-up has a draft');
  return draft;
}

async function snapshot() {
  return { profiles: await db.profiles.toArray(), history: await db.history.count(), assessment: await db.assessments.get(DEMO_FOLLOW_UP_ID) };
}

describe('saving the profile draft', () => {
  it('stores the draft, stamps who and when, and records which sections changed', async () => {
    const draft = await storedDraft();
    const historyBefore = await db.history.where('assessmentId').equals(DEMO_FOLLOW_UP_ID).count();
    const saved = await saveProfileDraft(
      { ...draft, introduction: bilingual('New introduction', 'مقدمة جديدة') },
      { expectedUpdatedAt: draft.updatedAt, memberId: 'member-7', at: '2026-06-01T10:00:00.000Z' },
    );
    expect(saved).toMatchObject({ updatedAt: '2026-06-01T10:00:00.000Z', updatedBy: 'member-7' });
    expect((await storedDraft()).introduction.en).toBe('New introduction');
    expect((await db.assessments.get(DEMO_FOLLOW_UP_ID))?.updatedAt).toBe('2026-06-01T10:00:00.000Z');
    const history = await db.history.where('assessmentId').equals(DEMO_FOLLOW_UP_ID).sortBy('seq');
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.at(-1)).toMatchObject({
      field: 'profile:introduction',
      memberId: 'member-7',
      before: { introduction: draft.introduction },
      after: { introduction: bilingual('New introduction', 'مقدمة جديدة') },
    });
  });

  it('writes nothing when nothing changed', async () => {
    const draft = await storedDraft();
    const before = await snapshot();
    await saveProfileDraft(draft, { expectedUpdatedAt: draft.updatedAt, memberId: null });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an edit based on an older draft (another tab saved in between), changing nothing', async () => {
    const draft = await storedDraft();
    await saveProfileDraft({ ...draft, methodology: fromSingle('From tab A') }, { expectedUpdatedAt: draft.updatedAt, memberId: null, at: '2026-06-01T10:00:00.000Z' });
    const before = await snapshot();
    const stale = saveProfileDraft({ ...draft, methodology: fromSingle('From tab B') }, { expectedUpdatedAt: draft.updatedAt, memberId: null });
    await expect(stale).rejects.toBeInstanceOf(StorageFailure);
    await expect(stale).rejects.toMatchObject({ kind: 'conflict' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a key figure whose year is not a year, naming the item, and stores nothing', async () => {
    const draft = await storedDraft();
    const before = await snapshot();
    const keyData = draft.keyData.map((item, index) => (index === 0 ? { ...item, year: '20x5' } : item));
    const attempt = saveProfileDraft({ ...draft, keyData }, { expectedUpdatedAt: draft.updatedAt, memberId: null });
    await expect(attempt).rejects.toBeInstanceOf(ProfileCommandError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid', problems: [{ code: 'key-data-year-invalid', where: draft.keyData[0]?.id }] });
    expect(await snapshot()).toEqual(before);
  });

  it('saves an incomplete row being typed (a warning, not a refusal) and accepts year ranges', async () => {
    const draft = await storedDraft();
    const keyData = [...draft.keyData, { id: 'k-new', label: fromSingle('Refugees'), value: EMPTY_BILINGUAL, year: '2020–2024', source: EMPTY_BILINGUAL }];
    const saved = await saveProfileDraft({ ...draft, keyData }, { expectedUpdatedAt: draft.updatedAt, memberId: null });
    expect(saved.keyData.at(-1)).toMatchObject({ id: 'k-new', year: '2020–2024' });
  });

  it('refuses to change the profile of a published round, or of an assessment that no longer exists', async () => {
    const published = await db.profiles.get(DEMO_BASELINE_ID);
    const baselineDraft: ProfileDraft = { ...(await storedDraft()), assessmentId: DEMO_BASELINE_ID };
    await expect(saveProfileDraft(baselineDraft, { expectedUpdatedAt: published?.updatedAt ?? null, memberId: null })).rejects.toMatchObject({ code: 'published' });
    expect(await db.profiles.get(DEMO_BASELINE_ID)).toEqual(published);
    const ghost: ProfileDraft = { ...baselineDraft, assessmentId: 'gone' };
    await expect(saveProfileDraft(ghost, { expectedUpdatedAt: null, memberId: null })).rejects.toMatchObject({ code: 'missing-assessment' });
    expect(await db.profiles.get('gone')).toBeUndefined();
  });
});
