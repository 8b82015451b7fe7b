import type { PrintedText } from '@/domain/printed-texts';
import { fallbackCount, untranslatedTexts } from '@/domain/printed-texts';
import type { Locale } from '@/domain/localized-text';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';

/**
 * How many places the chosen report would print in the other language (marked as not
 * translated), and how many translations nobody has checked, with the way to the translation view.
 */
export function UntranslatedNote({
  assessmentId,
  texts,
  language,
}: {
  assessmentId: string;
  texts: readonly PrintedText[] | null;
  language: Locale;
}) {
  const { t, locale } = useT('report-options');
  if (texts === null) return null;
  const marked = fallbackCount(texts, language);
  const unchecked = untranslatedTexts(texts).filter((text) => text.state === 'unchecked').length;
  const languageName = t(`languages.${language}`);
  return (
    <div
      className="report-panel__untranslated"
      role="status"
      data-testid="untranslated-count"
      data-count={marked}
      data-unchecked={unchecked}
    >
      {marked === 0 && unchecked === 0 ? (
        <p>{t('allTranslated', { language: languageName })}</p>
      ) : (
        <>
          {marked > 0 && (
            <p className="report-panel__note">
              {t('marked', { count: marked, formatted: formatNumber(marked, locale), language: languageName })}
            </p>
          )}
          {marked === 0 && <p>{t('noneMarked', { language: languageName })}</p>}
          {unchecked > 0 && <p className="muted">{t('unchecked', { count: unchecked, formatted: formatNumber(unchecked, locale) })}</p>}
          <a href={hrefFor({ name: 'translation', assessmentId })}>{t('openTranslation')}</a>
        </>
      )}
    </div>
  );
}
