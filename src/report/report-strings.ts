import type { Locale } from '@/domain/localized-text';
import { i18n, initI18n, loadNamespaces, translatorFor } from '@/i18n/i18n';
import type { Translate } from './report-context';

/** The report's strings in its own language, whatever language the screen is in. */
export async function reportTranslator(locale: Locale): Promise<Translate> {
  // Headless (Node) there is no app to have started i18n; in the browser this never re-inits.
  if (!i18n.isInitialized) await initI18n(locale);
  await loadNamespaces(locale, ['common', 'report', 'report-pdf', 'report-validation', 'method']);
  return translatorFor(locale);
}
