import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_BILINGUAL, fromSingle } from '@/domain/bilingual-text';
import { replaceAssessmentBundle } from '@/db/commands';
import { db } from '@/db/db';
import { editProfileFields } from '@/db/profile-commands';
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
  return {
    profiles: await db.profiles.toArray(),
    history: await db.history.count(),
    assessment: await db.assessments.get(DEMO_FOLLOW_UP_ID),
  };
}

describe('writing fields of the profile draft', () => {
  it('stores the draft, stamps who and when, and records which sections changed', async () => {
    const draft = await storedDraft();
    const historyBefore = await db.history.where('assessmentId').equals(DEMO_FOLLOW_UP_ID).count();
    const { draft: saved } = await editProfileFields(
      DEMO_FOLLOW_UP_ID,
      [{ field: 'introduction', value: { en: 'New introduction', ar: 'مقدمة جديدة' }, base: draft.introduction }],
      { memberId: 'member-7', at: '2026-06-01T10:00:00.000Z' },
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
      after: { introduction: { en: 'New introduction', ar: 'مقدمة جديدة' } },
    });
  });

  it('writes nothing when nothing changed', async () => {
    const draft = await storedDraft();
    const before = await snapshot();
    await editProfileFields(DEMO_FOLLOW_UP_ID, [{ field: 'methodology', value: draft.methodology, base: draft.methodology }], {
      memberId: null,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a field changed by another tab since the editor saw it, changing nothing', async () => {
    const draft = await storedDraft();
    await editProfileFields(DEMO_FOLLOW_UP_ID, [{ field: 'methodology', value: { en: 'From tab A', ar: '' }, base: draft.methodology }], {
      memberId: null,
      at: '2026-06-01T10:00:00.000Z',
    });
    const before = await snapshot();
    const stale = editProfileFields(
      DEMO_FOLLOW_UP_ID,
      [{ field: 'methodology', value: { en: 'From tab B', ar: '' }, base: draft.methodology }],
      { memberId: null },
    );
    await expect(stale).rejects.toMatchObject({ refusal: { code: 'conflict', fields: ['methodology'] } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a key figure whose year is not a year, naming the item, and stores nothing', async () => {
    const draft = await storedDraft();
    const before = await snapshot();
    const keyData = draft.keyData.map((item, index) => (index === 0 ? { ...item, year: '20x5' } : item));
    const attempt = editProfileFields(DEMO_FOLLOW_UP_ID, [{ field: 'keyData', value: keyData, base: draft.keyData }], { memberId: null });
    await expect(attempt).rejects.toMatchObject({ refusal: { code: 'invalid-input', field: draft.keyData[0]?.id } });
    expect(await snapshot()).toEqual(before);
  });

  it('saves an incomplete row being typed (a warning, not a refusal) and accepts year ranges', async () => {
    const draft = await storedDraft();
    const keyData = [
      ...draft.keyData,
      { id: 'k-new', label: fromSingle('Refugees'), value: EMPTY_BILINGUAL, year: '2020–2024', source: EMPTY_BILINGUAL },
    ];
    const { draft: saved } = await editProfileFields(DEMO_FOLLOW_UP_ID, [{ field: 'keyData', value: keyData, base: draft.keyData }], {
      memberId: null,
    });
    expect(saved.keyData.at(-1)).toMatchObject({ id: 'k-new', year: '2020–2024' });
  });

  it('refuses to change the profile of a published round, or of an assessment that no longer exists', async () => {
    const edit = [{ field: 'introduction', value: { en: 'Too late', ar: '' }, base: { en: '', ar: '' } }];
    const published = await db.profiles.get(DEMO_BASELINE_ID);
    await expect(editProfileFields(DEMO_BASELINE_ID, edit, { memberId: null })).rejects.toMatchObject({ refusal: { code: 'locked' } });
    expect(await db.profiles.get(DEMO_BASELINE_ID)).toEqual(published);
    await expect(editProfileFields('gone', edit, { memberId: null })).rejects.toMatchObject({ refusal: { code: 'missing-assessment' } });
    expect(await db.profiles.get('gone')).toBeUndefined();
  });
});
