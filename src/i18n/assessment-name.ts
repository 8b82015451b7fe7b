import type { Assessment } from '@/domain/assessment';
import type { Locale } from '@/domain/localized-text';
import { localize } from '@/domain/localized-text';
import { countryName } from './format';

/** "Jordan", "Jordan — Amman", or a demo's own name: the title every screen and report uses. */
export function assessmentName(assessment: Assessment, locale: Locale): string {
  const country = assessment.customCountryName
    ? localize(assessment.customCountryName, locale)
    : countryName(assessment.countryCode, locale);
  return assessment.level === 'local' && assessment.placeName ? `${assessment.placeName} — ${country}` : country;
}
