import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledCatalogues } from '@/catalog/bundled-catalogues';
import { createAssessment } from '@/db/commands';
import { db } from '@/db/db';
import type { Response, Source } from '@/domain/assessment';
import { emptyResponse } from '@/domain/assessment';
import { TranslationPage } from '@/features/translation/translation-page';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const AT = '2026-11-01T00:00:00.000Z';

/** A working group that wrote only in Arabic: two justifications and one source, nothing translated. */
async function arabicOnlyAssessment() {
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
  const [first, second] = catalogue.indicators;
  const answer = (indicatorId: string, justification: string): Response => ({
    ...emptyResponse(id, indicatorId, AT),
    answer: catalogue.indicators.find((i) => i.id === indicatorId)!.scale.options[0]!.value,
    justification,
    status: 'draft',
  });
  await db.responses.bulkPut([
    answer(first!.id, 'ينظم قانون الإقامة دخول الأجانب وإقامتهم.'),
    answer(second!.id, 'تنسق هيئة المنافذ الحدودية إدارة الحدود منذ عام 2016.'),
  ]);
  const source: Source = {
    id: 'src-1',
    assessmentId: id,
    indicatorId: first!.id,
    type: 'law',
    title: 'قانون الإقامة رقم 76 لسنة 2017',
    section: '',
    date: '2017',
    url: '',
    excerpt: '',
    createdAt: AT,
    createdBy: null,
  };
  await db.sources.put(source);
  return { id, set, first: first!.id, second: second!.id };
}

describe('translation view', () => {
  it('lists every printed text without a checked translation, counted per section, each linked to its editor', async () => {
    const { id, set, first } = await arabicOnlyAssessment();
    render(<TranslationPage assessmentId={id} catalogues={set} />);
    const total = await screen.findByTestId('translation-total');
    const counts = within(screen.getByRole('navigation', { name: 'Places by section' })).getAllByRole('listitem');
    const bySection: Record<string, number> = Object.fromEntries(
      counts.map((item) => [item.dataset.section ?? '', Number(item.dataset.count)]),
    );
    expect(bySection['key-sources']).toBe(1);
    expect(bySection.indicators).toBe(2);
    // Findings are drafted from the Arabic justifications, so they are Arabic only too.
    expect(bySection['key-findings']).toBeGreaterThan(0);
    expect(Number(total.dataset.count)).toBe(Object.values(bySection).reduce((sum, n) => sum + n, 0));
    expect(total).toHaveTextContent(`${total.dataset.count} places to translate or check`);

    const sources = screen.getByRole('region', { name: /Key sources/ });
    const link = within(sources).getByRole('link', { name: 'Edit Title of key source 1' });
    expect(link).toHaveAttribute('href', `#/assessments/${id}?indicator=${encodeURIComponent(first)}&focus=source%3Asrc-1`);
    expect(within(sources).getByText('No English version')).toBeInTheDocument();
    expect(within(sources).getByText('قانون الإقامة رقم 76 لسنة 2017')).toHaveAttribute('lang', 'ar');

    const indicators = screen.getByRole('region', { name: /Indicator table/ });
    expect(within(indicators).getByRole('link', { name: `Edit Justification of indicator ${first}` })).toHaveAttribute(
      'href',
      `#/assessments/${id}?indicator=${encodeURIComponent(first)}&focus=justification`,
    );
    expect(within(indicators).getByText(/Printed only in working drafts/)).toBeInTheDocument();
  }, 30_000);

  it('drops a text from the list as soon as its translation is stored and checked, in any tab', async () => {
    const { id, set } = await arabicOnlyAssessment();
    render(<TranslationPage assessmentId={id} catalogues={set} />);
    await screen.findByRole('region', { name: /Key sources/ });
    const before = Number((await screen.findByTestId('translation-total')).dataset.count);
    await db.sources.update('src-1', {
      translations: { title: { original: 'ar', other: 'Residence Law No. 76 of 2017', checked: false, same: false } },
    });
    // Translated but not checked: still listed, now as "not checked".
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: /Key sources/ })).getByText('English translation not checked')).toBeInTheDocument(),
    );
    await db.sources.update('src-1', {
      translations: { title: { original: 'ar', other: 'Residence Law No. 76 of 2017', checked: true, same: false } },
    });
    await waitFor(() => expect(screen.queryByRole('region', { name: /Key sources/ })).not.toBeInTheDocument());
    expect(Number(screen.getByTestId('translation-total').dataset.count)).toBe(before - 1);
  }, 30_000);

  it('says so when everything is ready in both languages', async () => {
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
    render(<TranslationPage assessmentId={id} catalogues={set} />);
    expect(await screen.findByText('Every printed text is ready in both languages.')).toBeInTheDocument();
  }, 30_000);
});
