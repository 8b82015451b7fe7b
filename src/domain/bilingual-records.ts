import type { Response, Source } from './assessment';
import { untranslated } from './bilingual-text';

/**
 * Schema version 1 records held each free text in one language. These give them version 2's
 * translation records, the original being the language each text is written in (Arabic script or
 * not): used by the database upgrade and by every import of a version-1 file (member packages,
 * backups, snapshots, report data). Texts that already have a translation record are left alone,
 * so running them twice changes nothing.
 */

export function withResponseTranslations(response: Response): Response {
  const translations = { ...response.translations };
  if (!translations.justification && response.justification.trim() !== '')
    translations.justification = untranslated(response.justification);
  if (!translations.notApplicableReason && response.notApplicableReason.trim() !== '')
    translations.notApplicableReason = untranslated(response.notApplicableReason);
  return Object.keys(translations).length > 0 ? { ...response, translations } : response;
}

export function withSourceTranslations(source: Source): Source {
  const translations = { ...source.translations };
  if (!translations.title && source.title.trim() !== '') translations.title = untranslated(source.title);
  if (!translations.section && source.section.trim() !== '') translations.section = untranslated(source.section);
  return Object.keys(translations).length > 0 ? { ...source, translations } : source;
}
