import { afterEach, describe, expect, it } from 'vitest';
import { CommandRefused } from '@/db/command-refusal';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import { editResponse } from '@/db/response-commands';
import { updateSource } from '@/db/source-commands';
import type { AssessmentPhase } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const AT = '2026-11-01T00:00:00.000Z';
const ARABIC = { original: 'ar' as const, other: 'The Residence Law governs entry.', checked: true, same: false };

async function locked(phase: AssessmentPhase) {
  const { id } = await createAssessment(
    {
      frameworkId: 'fixture',
      catalogueVersion: '1.0.0',
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
  await db.responses.put({
    ...emptyResponse(id, 'A1', AT),
    answer: 'yes',
    justification: 'ينظم قانون الإقامة الدخول.',
    status: 'validated',
  });
  await db.sources.put({
    id: 's1',
    assessmentId: id,
    indicatorId: 'A1',
    type: 'law',
    title: 'قانون الإقامة',
    section: 'المادة 3',
    date: '',
    url: '',
    excerpt: '',
    createdAt: AT,
    createdBy: null,
  });
  return id;
}

const edit = (assessmentId: string, patch: Record<string, unknown>, base: Record<string, unknown>) =>
  editResponse({ assessmentId, indicatorId: 'A1', edit: { patch, base, memberId: 'm1', reason: '', allowedAnswers: ['yes', 'no'] } });

async function refusalCode(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  return error instanceof CommandRefused ? error.refusal.code : null;
}

describe('translating after validation', () => {
  it('writes the other language of a validated justification without a reason and without moving its status; the answer stays locked', async () => {
    const id = await locked('validated');
    await edit(id, { translations: { justification: ARABIC } }, { translations: null });
    const stored = await db.responses.get(`${id}:A1`);
    expect(stored?.translations?.justification).toEqual(ARABIC);
    expect(stored?.status).toBe('validated');
    expect(stored?.justification).toBe('ينظم قانون الإقامة الدخول.');
    expect(await refusalCode(edit(id, { justification: 'changed' }, { justification: 'ينظم قانون الإقامة الدخول.' }))).toBe('locked');
    expect(await refusalCode(edit(id, { answer: 'no' }, { answer: 'yes' }))).toBe('locked');
  });

  it('translates a source title after validation, but refuses changing the source itself', async () => {
    await locked('validated');
    const source = (await db.sources.get('s1'))!;
    const input = { type: source.type, title: source.title, section: source.section, date: '', url: '', excerpt: '' };
    await updateSource('s1', { ...input, translations: { title: { ...ARABIC, other: 'Residence Law' } } }, { memberId: 'm1', reason: '' });
    expect((await db.sources.get('s1'))?.translations?.title?.other).toBe('Residence Law');
    expect(await refusalCode(updateSource('s1', { ...input, title: 'Another law' }, { memberId: 'm1', reason: '' }))).toBe('locked');
  });

  it('refuses even translations once the assessment is published', async () => {
    const id = await locked('published');
    expect(await refusalCode(edit(id, { translations: { justification: ARABIC } }, { translations: null }))).toBe('locked');
    expect((await db.responses.get(`${id}:A1`))?.translations).toBeUndefined();
  });
});
