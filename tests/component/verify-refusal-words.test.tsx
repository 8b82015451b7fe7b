import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLocale } from '@/app/switch-locale';
import type { LoadReportLayer } from '@/features/pdf-export/report-layer';
import { VerifyPanel } from '@/features/pdf-export/verify-panel';
import arabic from '@/i18n/locales/ar/report-pdf.json';
import english from '@/i18n/locales/en/report-pdf.json';

/**
 * Issue 16, point 2: a report that cannot be rebuilt is refused in the user's language; the
 * program's own (English) error only behind "Details", never inside the sentence.
 */

const PROGRAM_ERROR = "TypeError: Cannot read properties of undefined (reading 'scale')";
const failingLayer = (async () => ({
  verifyReportPdf: async () => ({ ok: false, reason: 'rebuild-failed', detail: PROGRAM_ERROR }),
  reportRebuilder: () => async () => new Uint8Array(),
  browserFontLoader: {},
})) as unknown as LoadReportLayer;

afterEach(async () => {
  await switchLocale('en');
});

describe('a report PDF that cannot be rebuilt', () => {
  it.each([
    ['en', english.ui.reasons['rebuild-failed']],
    ['ar', arabic.ui.reasons['rebuild-failed']],
  ] as const)(
    'is refused in plain words (%s), with the program error only under Details',
    async (locale, sentence) => {
      await act(() => switchLocale(locale));
      const user = userEvent.setup();
      render(<VerifyPanel loadReportLayer={failingLayer} />);
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      await user.upload(input, new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }));
      const alert = await screen.findByTestId('verify-error', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent(sentence);
      expect(alert.textContent).not.toContain('TypeError');
      expect(document.querySelector('details code')).toHaveTextContent(PROGRAM_ERROR);
    },
    20_000,
  );
});
