/**
 * Calendar dates typed as day/month/year, the order Arabic (and most of the world's) readers
 * write them. The browser's own date input follows the browser's locale, not the page's, so an
 * Arabic page in an English browser showed mm/dd/yyyy; a text field with this parser does not.
 * Stored dates stay ISO (YYYY-MM-DD).
 */

export type DayMonthYearParse = { readonly iso: string } | { readonly problem: 'empty' | 'format' | 'calendar' };

const ARABIC_INDIC_ZERO = 0x0660;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;

/** Arabic-Indic and Eastern Arabic-Indic digits become 0-9; direction marks are dropped. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_INDIC_ZERO))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - EASTERN_ARABIC_INDIC_ZERO))
    .replace(/[\u200E\u200F\u061C]/g, '');
}

function isoOf(year: number, month: number, day: number): DayMonthYearParse {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { problem: 'calendar' };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** "14/10/2026", "14-10-2026", "14.10.2026", "١٤/١٠/٢٠٢٦" and the ISO "2026-10-14" all read as 14 October 2026. */
export function parseDayMonthYear(text: string): DayMonthYearParse {
  const value = westernDigits(text).trim();
  if (value === '') return { problem: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s*[/.\-\u060C]\s*(\d{1,2})\s*[/.\-\u060C]\s*(\d{4})$/.exec(value);
  if (!dmy) return { problem: 'format' };
  return isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
}

/** The ISO date as the field shows it: "2026-10-14" → "14/10/2026"; anything else unchanged. */
export function dayMonthYearText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
