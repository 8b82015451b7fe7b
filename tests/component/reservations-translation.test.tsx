import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { ValidationRoute } from '@/app/routes/validation-route';
import { editAssessmentFields } from '@/db/assessment-field-commands';
import { CommandRefused } from '@/db/command-refusal';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import type { AssessmentPhase } from '@/domain/assessment';
import { withChecked, withLanguage } from '@/domain/bilingual-text';
import type { DomainDecision } from '@/domain/validation';
import { reservationsText } from '@/domain/validation';

/**
 * Issue 10: after the government's validation and until publication, the reservations' translation
 * and check are written on the validation screen without reopening (the edit session writes them);
 * the reservations as the meeting worded them stay as recorded. The stored record is in the shape
 * the code before bilingual reservations wrote: a bare string, no translation.
 */

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  window.location.hash = '';
});

const AT = '2026-10-05T09:00:00.000Z';
const ARABIC = 'تتحفظ حكومة الإقليم على بيانات العمالة في المحافظات الشمالية.';
const ENGLISH = 'The regional government reserves its position on labour data for the northern governorates.';

async function validatedWithArabicReservations(phase: AssessmentPhase = 'validated') {
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
      phase: 'consultation',
      isDemo: false,
    },
    null,
  );
  const domainId = catalogue.domains[2]!.id;
  const decisions: DomainDecision[] = catalogue.domains.map((domain) => ({
    domainId: domain.id,
    decision: domain.id === domainId ? 'validated-with-reservations' : 'validated',
    reservations: domain.id === domainId ? ARABIC : '',
    decidedAt: AT,
    decidedBy: null,
  }));
  const stored = (await db.assessments.get(id))!;
  await db.assessments.put({
    ...stored,
    phase,
    validation: {
      meeting: { date: '2026-10-04', place: 'بغداد', participants: [{ ministry: 'وزارة الداخلية', official: '' }] },
      decisions,
      lockedAt: AT,
    },
  });
  return { id, domainId };
}

async function refusalCode(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  return error instanceof CommandRefused ? error.refusal.code : null;
}

const storedReservations = async (id: string, domainId: string) =>
  reservationsText((await db.assessments.get(id))!.validation!.decisions.find((d) => d.domainId === domainId)!);

describe('translating the reservations after validation', () => {
  it('says so on the screen, opens the editor from the link, and stores the English translation and its check; the Arabic original stays read-only', async () => {
    const { id, domainId } = await validatedWithArabicReservations();
    window.location.hash = `#/assessments/${id}/validation?focus=reservations-${domainId}`;
    render(<ValidationRoute assessmentId={id} />);
    const section = await screen.findByTestId('reservations-translation', {}, { timeout: 8000 });
    expect(section).toHaveTextContent('Until the profile is published, their translations can still be written and checked');
    const english = within(section).getByRole('textbox', { name: /English$/ });
    const arabic = within(section).getByRole('textbox', { name: /Arabic$/ });
    expect(arabic).toHaveValue(ARABIC);
    expect(arabic).toHaveAttribute('readonly');
    // The link from the translation view lands in the empty side, the one to translate.
    await waitFor(() => expect(english).toHaveFocus());
    // The record shows the untranslated original, marked, in the English interface.
    expect(screen.getByTestId('record-decisions')).toHaveTextContent(`[Not yet translated] ${ARABIC}`);

    fireEvent.change(english, { target: { value: ENGLISH } });
    fireEvent.blur(english);
    await waitFor(async () => expect((await storedReservations(id, domainId)).en).toBe(ENGLISH), { timeout: 8000 });
    fireEvent.click(within(section).getByRole('checkbox', { name: /English translation checked/i }));
    await waitFor(async () => expect((await storedReservations(id, domainId)).checked).toBe(true), { timeout: 8000 });
    const after = await db.assessments.get(id);
    expect(after?.phase).toBe('validated');
    expect(after?.validation?.decisions.find((d) => d.domainId === domainId)?.reservations).toBe(ARABIC);
    const history = await db.history.where('assessmentId').equals(id).toArray();
    expect(history.map((entry) => entry.field)).toContain(`validation.reservations.${domainId}`);
  });

  it('refuses a change of the original after validation, and any change once published; nothing is written', async () => {
    const { id, domainId } = await validatedWithArabicReservations();
    const base = await storedReservations(id, domainId);
    const reworded = withLanguage(base, 'ar', 'نص آخر.');
    expect(await refusalCode(editAssessmentFields(id, [{ field: `reservations.${domainId}`, value: reworded, base }], null))).toBe(
      'locked',
    );
    expect(await storedReservations(id, domainId)).toEqual(base);

    const published = await validatedWithArabicReservations('published');
    const translated = withChecked(withLanguage(base, 'en', ENGLISH), true);
    expect(
      await refusalCode(
        editAssessmentFields(published.id, [{ field: `reservations.${published.domainId}`, value: translated, base }], null),
      ),
    ).toBe('locked');
    expect((await storedReservations(published.id, published.domainId)).en).toBe('');
  });
});
