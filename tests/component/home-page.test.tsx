import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { db } from '@/db/db';
import { switchLocale } from '@/app/switch-locale';

beforeEach(async () => {
  window.location.hash = '#/';
  await switchLocale('en');
});

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('start screen', () => {
  it('creates an assessment from the form and opens it with the 93 indicators of the newest national catalogue', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/No assessments yet/)).toBeInTheDocument();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Country' }, { timeout: 15_000 }), 'JO');
    await user.clear(screen.getByRole('spinbutton', { name: 'Year' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Year' }), '2026');
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/assessments\//));
    expect(await screen.findByRole('heading', { level: 1, name: 'Jordan' }, { timeout: 15_000 })).toBeInTheDocument();
    const table = await screen.findByTestId('indicator-table', {}, { timeout: 15_000 });
    await waitFor(() => expect(table.querySelectorAll('[data-indicator-id]')).toHaveLength(93));
    expect(table.querySelectorAll('.group-row--domain')).toHaveLength(6);
    expect(await db.assessments.count()).toBe(1);
  }, 30_000);

  it('shows field errors instead of creating an incomplete assessment', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Create assessment' }, { timeout: 15_000 }));
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose a country.')).toBeInTheDocument();
    expect(await db.assessments.count()).toBe(0);
  });

  it('switches to Arabic: right-to-left document and Arabic labels', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(await screen.findByTestId('language-select'), 'ar');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(await screen.findByRole('button', { name: 'إنشاء التقييم' }, { timeout: 15_000 })).toBeInTheDocument();
    await screen.findByRole('combobox', { name: 'البلد' });
    expect(screen.getByRole('option', { name: 'الأردن' })).toBeInTheDocument();
  });
});
