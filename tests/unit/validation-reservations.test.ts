import { beforeAll, describe, expect, it } from 'vitest';
import { storedPrintedTexts, untranslatedPlaces } from '@/domain/assessment-printed-texts';
import { ValidationRecordSchema } from '@/domain/assessment-schemas';
import { withChecked, withLanguage } from '@/domain/bilingual-text';
import { PUBLICATION_EXTRAS } from '@/domain/printed-texts';
import type { DomainDecision, ValidationRecord } from '@/domain/validation';
import { decisionReservations, reservationsEditIssues, reservationsText, withDecision, withReservations } from '@/domain/validation';
import type { Translate } from '@/report/report-context';
import { resolveReportContext } from '@/report/report-context';
import { buildReportModel } from '@/report/report-model';
import { reportTranslator } from '@/report/report-strings';
import { editorLocation, hrefFor } from '@/routing/router';
import { i18n, initI18n, loadNamespaces } from '@/i18n/i18n';
import type { Translate as ScreenTranslate } from '@/i18n/keys';
import { printedTextLabel } from '@/i18n/printed-text-label';
import { demoReportData } from './report-fixtures';

/**
 * Issue 10: a domain decision's reservations are bilingual like every other printed text. Records
 * written before that (a bare string, no translation) still read, as the original in the language
 * of their script; the translation view lists them; a one-language report prints the original
 * with the mark where its own language is missing.
 */

const AT = '2026-10-05T09:00:00.000Z';
/** The translation view's strings in one language, as useT('translation') gives them to the screen. */
const screenStrings = (locale: 'en' | 'ar') => i18n.getFixedT(locale, 'translation') as unknown as ScreenTranslate<'translation'>;
const ARABIC = 'تتحفظ حكومة الإقليم على بيانات العمالة.';
const ENGLISH = 'The regional government reserves its position on labour data.';

/** A decision as the code before bilingual reservations wrote it: no `translations`. */
const olderDecision = (reservations: string): DomainDecision => ({
  domainId: 'D3',
  decision: 'validated-with-reservations',
  reservations,
  decidedAt: AT,
  decidedBy: 'm1',
});

const record = (decision: DomainDecision): ValidationRecord => ({ meeting: null, decisions: [decision], lockedAt: AT });

describe('bilingual reservations', () => {
  it('reads an older single-language reservation as its original, by script, not yet translated; the older record still passes the schema', () => {
    expect(reservationsText(olderDecision(ARABIC))).toEqual({ en: '', ar: ARABIC, original: 'ar', checked: false, same: false });
    expect(reservationsText(olderDecision(ENGLISH))).toMatchObject({ en: ENGLISH, ar: '', original: 'en', checked: false });
    expect(ValidationRecordSchema.safeParse(record(olderDecision(ARABIC))).error).toBeUndefined();
  });

  it('stores the original in `reservations` and the other language beside it, and keeps the translation through the schema', () => {
    const text = withChecked(withLanguage(reservationsText(olderDecision(ARABIC)), 'en', ENGLISH), true);
    const fields = decisionReservations(text);
    expect(fields).toEqual({
      reservations: ARABIC,
      translations: { reservations: { original: 'ar', other: ENGLISH, checked: true, same: false } },
    });
    const parsed = ValidationRecordSchema.parse(record({ ...olderDecision(ARABIC), ...fields }));
    expect(reservationsText(parsed.decisions[0]!)).toEqual(text);
    // A text that says no more than its script adds nothing to the record.
    expect(decisionReservations(reservationsText(olderDecision(ENGLISH)))).toEqual({ reservations: ENGLISH });
  });

  it('records a new decision trimmed, without the translation of the decision it replaces', () => {
    const translated = {
      ...olderDecision(ARABIC),
      ...decisionReservations(withLanguage(reservationsText(olderDecision(ARABIC)), 'en', ENGLISH)),
    };
    const replaced = withDecision(record(translated), { ...olderDecision(`  ${ENGLISH}  `) }, ['D3']);
    expect(replaced.decisions[0]).toEqual(olderDecision(ENGLISH));
  });

  it('after the lock and until publication, takes a new translation and check but never a change of the original', () => {
    const stored = olderDecision(ARABIC);
    const validated = { phase: 'validated' as const, validation: record(stored) };
    const translated = withChecked(withLanguage(reservationsText(stored), 'en', ENGLISH), true);
    expect(reservationsEditIssues(validated, 'D3', translated)).toEqual([]);
    expect(reservationsText(withReservations(validated.validation, 'D3', translated).decisions[0]!)).toEqual(translated);
    const reworded = withLanguage(translated, 'ar', 'نص آخر.');
    expect(reservationsEditIssues(validated, 'D3', reworded)).toEqual([{ field: 'phase', code: 'locked' }]);
    expect(reservationsEditIssues(validated, 'D3', { ...translated, original: 'en' })).toEqual([{ field: 'phase', code: 'locked' }]);
    expect(reservationsEditIssues({ ...validated, phase: 'published' }, 'D3', translated)).toEqual([{ field: 'phase', code: 'locked' }]);
    expect(reservationsEditIssues(validated, 'D1', translated)).toEqual([{ field: 'domainId', code: 'unknown-domain' }]);
    // Before the lock the wording may still change, but a decision with reservations keeps some.
    const open = { phase: 'consultation' as const, validation: record(stored) };
    expect(reservationsEditIssues(open, 'D3', reworded)).toEqual([]);
    expect(reservationsEditIssues(open, 'D3', withLanguage(withLanguage(translated, 'ar', ''), 'en', ''))).toEqual([
      { field: 'reservations', code: 'reservations-required' },
    ]);
  });
});

describe('reservations in the translation view and the report', () => {
  const demo = demoReportData();
  let en: Translate;
  let ar: Translate;
  beforeAll(async () => {
    en = await reportTranslator('en');
    ar = await reportTranslator('ar');
  });
  // The demo's validated first round, its reservation written in Arabic only (as an older record holds it).
  const validation = demo.previous.assessment.validation!;
  const reserved = validation.decisions.find((d) => d.reservations !== '')!;
  const arabicOnly = { ...reserved, reservations: ARABIC, translations: undefined };
  const assessment = {
    ...demo.previous.assessment,
    phase: 'validated' as const,
    validation: { ...validation, decisions: validation.decisions.map((d) => (d.domainId === reserved.domainId ? arabicOnly : d)) },
  };
  const bundle = { ...demo.previous, assessment };

  it('lists an untranslated reservation in the Validation section, linked to the validation screen', async () => {
    const texts = storedPrintedTexts(
      { assessment, responses: bundle.responses, sources: bundle.sources, draft: bundle.profile ?? null },
      demo.catalogues,
      PUBLICATION_EXTRAS,
    )!;
    const places = untranslatedPlaces(texts).filter((place) => place.section === 'validation');
    expect(places).toEqual([
      expect.objectContaining({
        key: `validation:reservations:${reserved.domainId}`,
        field: 'reservations',
        item: reserved.domainId,
        state: 'missing',
        language: 'en',
        editor: { kind: 'validation', domainId: reserved.domainId },
      }),
    ]);
    const link = editorLocation(assessment.id, places[0]!.editor);
    expect(hrefFor(link.route, link.params)).toBe(`#/assessments/${assessment.id}/validation?focus=reservations-${reserved.domainId}`);
    // The place names its domain by title as well as by number, in the screen's language.
    await initI18n('en');
    await loadNamespaces('ar', ['translation']);
    expect(printedTextLabel(places[0]!, screenStrings('en'), 'en')).toBe('Reservations on domain D4 (Well-being of migrants)');
    expect(printedTextLabel(places[0]!, screenStrings('ar'), 'ar')).toMatch(/^التحفظات على المجال D4 \(رفاه المهاجرين\)$/);
    // The demo as shipped has both languages, checked: nothing to list there.
    const shipped = storedPrintedTexts(
      { assessment: demo.previous.assessment, responses: bundle.responses, sources: bundle.sources, draft: bundle.profile ?? null },
      demo.catalogues,
      PUBLICATION_EXTRAS,
    )!;
    expect(untranslatedPlaces(shipped).filter((place) => place.section === 'validation')).toEqual([]);
  });

  it('prints the Arabic original with the English mark in an English report, and counts it on the cover', () => {
    const report = (locale: 'en' | 'ar') =>
      buildReportModel(
        resolveReportContext({ bundle, previous: null }, demo.catalogues, {
          locale,
          t: locale === 'en' ? en : ar,
          fingerprint: 'f'.repeat(64),
          generatedAt: '2026-11-22T10:00:00.000Z',
        }),
      );
    const cells = (locale: 'en' | 'ar') =>
      report(locale)
        .sections.find((s) => s.id === 'validation')!
        .blocks.flatMap((block) => (block.kind === 'table' ? block.rows.flat() : []));
    expect(cells('en')).toContain(`[Not yet translated] ${ARABIC}`);
    expect(cells('ar')).toContain(ARABIC);
    expect(report('en').untranslatedPlaces).toBeGreaterThanOrEqual(1);
    expect(report('ar').untranslatedPlaces).toBe(0);
  });
});
