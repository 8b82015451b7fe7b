import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatNumber, formatPercent } from '@/i18n/format';

// Formatters are cached per locale and options (for speed); a cache key mix-up would show here.
describe('Intl formatting with cached formatters', () => {
  it('keeps locales and options apart', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'ar')).toBe(new Intl.NumberFormat('ar').format(1234));
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234.5678, 'en', { maximumFractionDigits: 1 })).toBe('1,234.6');
    expect(formatNumber(1234.5678, 'en', { maximumFractionDigits: 3 })).toBe('1,234.568');
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatNumber(0.5, 'en', { style: 'percent' })).toBe('50%');
  });

  it('keeps date and date-time formats apart', () => {
    const iso = '2026-03-01T10:30:00.000Z';
    expect(formatDate(iso, 'en')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(iso)));
    expect(formatDateTime(iso, 'en')).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    );
    expect(formatDate(iso, 'en')).not.toBe(formatDateTime(iso, 'en'));
    expect(formatDate('not a date', 'ar')).toBe('not a date');
  });

  it('states sizes in the 1,024 steps the file limits are set in, so a 50 MB limit reads 50 MB', () => {
    expect(formatBytes(50 * 1024 * 1024, 'en')).toBe('50 MB');
    expect(formatBytes(110 * 1024 * 1024, 'en')).toBe('110 MB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(500, 'en')).toBe('500 byte');
  });
});
