import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLocale } from '@/app/switch-locale';
import { currentLocale } from '@/i18n/i18n';
import { useT } from '@/i18n/use-t';
import { savedLocale } from '@/state/ui-store';

function Shown() {
  const { t, locale } = useT();
  return (
    <p data-testid="shown" lang={locale}>
      {t('language')}
    </p>
  );
}

afterEach(async () => {
  await switchLocale('en');
});

describe('the locale has one source', () => {
  it('switches the screen, the document and the next start together', async () => {
    render(<Shown />);
    expect(screen.getByTestId('shown')).toHaveAttribute('lang', 'en');
    await act(() => switchLocale('ar'));
    expect(screen.getByTestId('shown')).toHaveAttribute('lang', 'ar');
    expect(screen.getByTestId('shown').textContent).not.toBe('Language');
    expect(currentLocale()).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(savedLocale()).toBe('ar');
  });
});
