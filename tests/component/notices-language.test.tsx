import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from '@/app/notices';
import { switchLocale } from '@/app/switch-locale';
import { CommandRefused } from '@/domain/refusal';
import { CatalogueImportPage } from '@/features/catalogue-import/catalogue-import-page';
import { RestorePanel } from '@/features/storage-health/restore-panel';
import { translatorFor } from '@/i18n/i18n';
import { refusalMessage } from '@/i18n/refusal-message';
import { wordingIn } from '@/i18n/wording';
import { dismissNotice, notify, useUiStore } from '@/state/ui-store';
import { formatNumber } from '@/i18n/format';

/**
 * Issue 16: a notice, a refusal or an import result keeps what to say, not the words it was first
 * said in, so switching the language re-words every message still on screen.
 */

afterEach(async () => {
  for (const notice of useUiStore.getState().notices) dismissNotice(notice.id);
  await switchLocale('en');
});

const en = translatorFor('en');
const ar = translatorFor('ar');

describe('messages follow a language switch', () => {
  it('re-words every notice showing, numbers included, when the language changes', async () => {
    render(<Notices />);
    act(() => {
      notify('error', (locale) => refusalMessage(new CommandRefused({ code: 'locked' }), locale));
      notify('success', wordingIn('spreadsheets', 'import.applied', { number: 12 }));
    });
    const shown = () => screen.getAllByTestId('notice').map((notice) => notice.querySelector('span')?.textContent);
    expect(shown()).toEqual([en('scoring:refusals.locked'), en('spreadsheets:import.applied', { number: '12' })]);

    await act(() => switchLocale('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(shown()).toEqual([ar('scoring:refusals.locked'), ar('spreadsheets:import.applied', { number: formatNumber(12, 'ar') })]);
    for (const text of shown()) expect(text).not.toMatch(/[A-Za-z]/);

    await act(() => switchLocale('en'));
    expect(shown()[0]).toBe(en('scoring:refusals.locked'));
  });

  it('re-words a catalogue file refusal and its status line', async () => {
    render(<CatalogueImportPage catalogues={[]} importedKeys={new Set()} onImported={() => undefined} />);
    fireEvent.change(screen.getByLabelText(en('catalogue-import:import.file')), {
      target: { files: [new File(['{"schemaVersion": 1, "title": '], 'cut.json', { type: 'application/json' })] },
    });
    const status = screen.getByTestId('catalogue-import-status');
    await waitFor(() => expect(status).toHaveTextContent(en('catalogue-import:import.refused')));
    expect(status).toHaveTextContent(en('catalogue-import:problems.invalid-json'));

    await act(() => switchLocale('ar'));
    expect(status).toHaveTextContent(ar('catalogue-import:import.refused'));
    expect(status).toHaveTextContent(ar('catalogue-import:problems.invalid-json'));
    expect(status).not.toHaveTextContent(en('catalogue-import:import.refused'));
  });

  it('re-words a refused backup, its details staying behind the disclosure', async () => {
    render(<RestorePanel onRestored={() => undefined} />);
    fireEvent.change(screen.getByLabelText(en('storage-health:restore.choose')), {
      target: { files: [new File(['not json at all'], 'notes.json', { type: 'application/json' })] },
    });
    const refusal = await screen.findByTestId('restore-error');
    expect(refusal).toHaveTextContent(en('exchange:errors.not-json'));

    await act(() => switchLocale('ar'));
    expect(refusal).toHaveTextContent(ar('exchange:errors.not-json'));
    // Latin letters only in the app's and the format's names.
    expect(refusal.querySelector('p')?.textContent?.replace(/MGI Workbench|JSON/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
