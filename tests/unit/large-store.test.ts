import { describe, expect, it } from 'vitest';
import {
  AssessmentSchema,
  CommentSchema,
  HistoryEntrySchema,
  MemberSchema,
  ResponseSchema,
  SourceSchema,
} from '@/domain/assessment-schemas';
import { findOption } from '@/domain/catalogue';
import {
  buildLargeStore,
  buildLargeStoreAssessment,
  expectedLargeStoreCounts,
  LARGE_STORE_SPEC,
  largeStoreAssessmentId,
  shareOf,
} from '@/demo/large-store';
import type { LargeStoreSpec } from '@/demo/large-store';
import { realCatalogueSet } from './catalogue-fixtures';

const catalogue = realCatalogueSet().catalogues.find((c) => c.frameworkId === 'mgi-national')!;
const SMALL: LargeStoreSpec = {
  seed: 7,
  assessments: 7,
  membersPerAssessment: 3,
  historyRows: 1_001,
  sources: 50,
  comments: 13,
  roundsPerCountry: 3,
};

describe('the large benchmark store', () => {
  it('has exactly the counts of the full specification: 50 × 90 × 5, 100,000 history rows, 5,000 sources', () => {
    const store = buildLargeStore(catalogue);
    const memberAnswers = store.flatMap((b) => b.responses).reduce((sum, r) => sum + Object.keys(r.memberAnswers).length, 0);
    const counts = {
      assessments: store.length,
      members: store.flatMap((b) => b.members).length,
      responses: store.flatMap((b) => b.responses).length,
      memberAnswers,
      sources: store.flatMap((b) => b.sources).length,
      comments: store.flatMap((b) => b.comments).length,
      history: store.flatMap((b) => b.history).length,
    };
    expect(counts).toEqual(expectedLargeStoreCounts(catalogue));
    expect(counts).toMatchObject({ assessments: 50, responses: 4_500, memberAnswers: 22_500, history: 100_000, sources: 5_000 });
    expect(LARGE_STORE_SPEC.membersPerAssessment).toBe(5);
  });

  it('is the same for the same seed and differs for another seed', () => {
    expect(buildLargeStore(catalogue, SMALL)).toEqual(buildLargeStore(catalogue, SMALL));
    const other = buildLargeStore(catalogue, { ...SMALL, seed: 8 });
    expect(other.map((b) => b.responses.map((r) => r.answer))).not.toEqual(
      buildLargeStore(catalogue, SMALL).map((b) => b.responses.map((r) => r.answer)),
    );
  });

  it('builds one assessment alone exactly as inside the whole store', () => {
    const whole = buildLargeStore(catalogue, SMALL);
    expect(buildLargeStoreAssessment(catalogue, 4, SMALL)).toEqual(whole[4]);
  });

  it('spreads uneven totals without losing rows', () => {
    const store = buildLargeStore(catalogue, SMALL);
    expect(store.reduce((sum, b) => sum + b.history.length, 0)).toBe(1_001);
    expect(store.reduce((sum, b) => sum + b.comments.length, 0)).toBe(13);
    expect(Array.from({ length: 7 }, (_, i) => shareOf(13, 7, i))).toEqual([2, 2, 2, 2, 2, 2, 1]);
  });

  it('writes records the import schemas accept, with unique ids', () => {
    const store = buildLargeStore(catalogue, SMALL);
    for (const bundle of store) {
      expect(AssessmentSchema.safeParse(bundle.assessment).success).toBe(true);
      for (const member of bundle.members) expect(MemberSchema.parse(member)).toEqual(member);
      for (const response of bundle.responses) expect(ResponseSchema.parse(response)).toEqual(response);
      for (const source of bundle.sources) expect(SourceSchema.parse(source)).toEqual(source);
      for (const comment of bundle.comments) expect(CommentSchema.parse(comment)).toEqual(comment);
      for (const entry of bundle.history) expect(HistoryEntrySchema.parse(entry)).toEqual(entry);
    }
    const ids = store.flatMap((b) => [
      b.assessment.id,
      ...b.members.map((m) => m.id),
      ...b.sources.map((s) => s.id),
      ...b.history.map((h) => h.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers with the catalogue’s own options and chains the rounds of each country', () => {
    const store = buildLargeStore(catalogue, SMALL);
    for (const bundle of store) {
      for (const response of bundle.responses) {
        const indicator = catalogue.indicators.find((i) => i.id === response.indicatorId)!;
        if (response.answer !== null) expect(findOption(indicator, response.answer)).toBeDefined();
        expect(Object.keys(response.memberAnswers).sort()).toEqual(bundle.members.map((m) => m.id).sort());
      }
    }
    expect(store.map((b) => [b.assessment.round, b.assessment.previousAssessmentId, b.assessment.phase])).toEqual([
      [1, null, 'published'],
      [2, largeStoreAssessmentId(0), 'published'],
      [3, largeStoreAssessmentId(1), 'consultation'],
      [1, null, 'published'],
      [2, largeStoreAssessmentId(3), 'published'],
      [3, largeStoreAssessmentId(4), 'consultation'],
      [1, null, 'consultation'],
    ]);
    expect(new Set(store.map((b) => b.assessment.countryCode)).size).toBe(3);
    expect(store.every((b) => b.assessment.countryCode !== 'XD')).toBe(true);
  });
});
