import { describe, expect, it } from 'vitest';
import { dayMonthYearText, parseDayMonthYear } from '@/lib/day-month-year';

describe('dates typed day/month/year', () => {
  it('reads the day first, whatever the separator or digits', () => {
    for (const text of [
      '14/10/2026',
      '14-10-2026',
      '14.10.2026',
      ' 14 / 10 / 2026 ',
      '١٤/١٠/٢٠٢٦',
      '۱۴/۱۰/۲۰۲۶',
      '\u200F14/\u200F10/2026',
      '2026-10-14',
    ]) {
      expect([text, parseDayMonthYear(text)]).toEqual([text, { iso: '2026-10-14' }]);
    }
    expect(parseDayMonthYear('3/4/2026')).toEqual({ iso: '2026-04-03' });
  });

  it('refuses month-first dates that cannot be day-first, impossible days and other shapes', () => {
    expect(parseDayMonthYear('10/14/2026')).toEqual({ problem: 'calendar' });
    expect(parseDayMonthYear('31/04/2026')).toEqual({ problem: 'calendar' });
    expect(parseDayMonthYear('29/02/2025')).toEqual({ problem: 'calendar' });
    expect(parseDayMonthYear('29/02/2024')).toEqual({ iso: '2024-02-29' });
    expect(parseDayMonthYear('14/10/26')).toEqual({ problem: 'format' });
    expect(parseDayMonthYear('next Tuesday')).toEqual({ problem: 'format' });
    expect(parseDayMonthYear('   ')).toEqual({ problem: 'empty' });
  });

  it('shows a stored date day first, and round-trips', () => {
    expect(dayMonthYearText('2026-10-14')).toBe('14/10/2026');
    expect(dayMonthYearText('')).toBe('');
    expect(parseDayMonthYear(dayMonthYearText('2025-01-05'))).toEqual({ iso: '2025-01-05' });
  });
});
