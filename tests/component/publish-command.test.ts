import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { CommandRefused } from '@/db/command-refusal';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import { publishAssessment } from '@/db/publish-commands';
import type { Response } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import type { UntranslatedPlace } from '@/domain/assessment-printed-texts';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const AT = '2026-11-01T00:00:00.000Z';

async function validatedAssessment(phase: 'validated' | 'consultation' = 'validated') {
  const set = await loadBundledCatalogues();
  const catalogue = set.catalogues.find((c) => c.level === 'national')!;
  const { id } = await createAssessment(
    {
      frameworkId: catalogue.frameworkId,
      catalogueVersion: catalogue.version,
      level: 'national',
      countryCode: 'IQ',
      round: 1,
      year: 2026,
      previousAssessmentId: null,
      phase,
      isDemo: false,
    },
    null,
  );
  const indicator = catalogue.indicators[0]!;
  const response: Response = {
    ...emptyResponse(id, indicator.id, AT),
    answer: indicator.scale.options[0]!.value,
    justification: 'نص عربي فقط',
    status: 'validated',
  };
  await db.responses.put(response);
  await db.sources.put({
    id: 's1',
    assessmentId: id,
    indicatorId: indicator.id,
    type: 'law',
    title: 'قانون الإقامة',
    section: '',
    date: '',
    url: '',
    excerpt: '',
    createdAt: AT,
    createdBy: null,
  });
  return { id, set, indicatorId: indicator.id };
}

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(CommandRefused);
  return (error as CommandRefused).refusal;
}

describe('publishing', () => {
  it('is refused while a text the publication prints has no checked translation, listing each place; nothing changes', async () => {
    const { id, set, indicatorId } = await validatedAssessment();
    const historyBefore = await db.history.count();
    const refusal = await refusalOf(publishAssessment(id, set, 'm1'));
    expect(refusal.code).toBe('untranslated');
    const places = (refusal as { places: readonly UntranslatedPlace[] }).places;
    const source = places.find((place) => place.key === 'key-source:s1:title');
    expect(source).toMatchObject({
      section: 'key-sources',
      state: 'missing',
      language: 'en',
      editor: { kind: 'indicator', indicatorId, field: 'source:s1' },
    });
    // The finding drafted from the Arabic justification is printed too; the justification itself is not (no indicator table in a publication).
    expect(places.some((place) => place.section === 'key-findings')).toBe(true);
    expect(places.some((place) => place.section === 'indicators')).toBe(false);
    expect((await db.assessments.get(id))?.phase).toBe('validated');
    expect(await db.history.count()).toBe(historyBefore);
  }, 30_000);

  it('publishes once every printed text is translated and checked, with a history entry', async () => {
    const { id, set } = await validatedAssessment();
    const first = await refusalOf(publishAssessment(id, set, 'm1'));
    const places = (first as { places: readonly UntranslatedPlace[] }).places;
    // Translate what was listed: the source title, and the findings through the profile draft's edits.
    await db.sources.update('s1', { translations: { title: { original: 'ar', other: 'Residence Law', checked: true, same: false } } });
    const overrides = Object.fromEntries(
      places
        .filter((place) => place.section === 'key-findings')
        .map((place) => [
          place.key.slice('finding:'.length),
          { text: { en: 'A law governs residence.', ar: 'نص عربي فقط', original: 'ar' as const, checked: true, same: false } },
        ]),
    );
    const { emptyProfileDraft } = await import('@/domain/profile-draft');
    const draft = emptyProfileDraft(id, AT);
    await db.profiles.put({ ...draft, editing: { ...draft.editing, overrides } });
    await publishAssessment(id, set, 'm1');
    expect((await db.assessments.get(id))?.phase).toBe('published');
    const entry = (await db.history.where('assessmentId').equals(id).toArray()).find((h) => h.field === 'phase');
    expect(entry).toMatchObject({ before: 'validated', after: 'published', memberId: 'm1' });
  }, 30_000);

  it('is refused before the government has validated the assessment', async () => {
    const { id, set } = await validatedAssessment('consultation');
    expect((await refusalOf(publishAssessment(id, set, 'm1'))).code).toBe('not-validated');
    expect((await db.assessments.get(id))?.phase).toBe('consultation');
  }, 30_000);
});
