import type { Locale } from '@/domain/localized-text';
import { changeLocale } from '@/i18n/i18n';
import { rememberLocale } from '@/state/ui-store';

/** The user picked a language: remember it on this device and switch the screen once its strings are in. */
export function switchLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  return changeLocale(locale);
}
