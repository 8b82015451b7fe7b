import { useMemo } from 'react';
import type { KnownCatalogues } from '@/domain/assessment-printed-texts';
import { storedPrintedTexts, untranslatedPlaces } from '@/domain/assessment-printed-texts';
import { WORKING_DRAFT_EXTRAS } from '@/domain/printed-texts';
import { useProfileInputs } from '@/db/profile-live';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { TranslationList } from './translation-list';
import './translation.css';

/**
 * #/assessments/<id>/translation: every text a report prints (a working draft prints the most, so
 * its texts are listed, the indicator table marked as drafts only) that lacks a checked version
 * in the other language. Live: a translation stored in another tab drops off the list at once.
 */
export function TranslationPage({ assessmentId, catalogues }: { assessmentId: string; catalogues: KnownCatalogues | undefined }) {
  const { t, locale } = useT('translation');
  const inputs = useProfileInputs(assessmentId);
  const texts = useMemo(
    () => (inputs && catalogues ? storedPrintedTexts(inputs, catalogues, WORKING_DRAFT_EXTRAS) : undefined),
    [inputs, catalogues],
  );
  if (inputs === undefined || catalogues === undefined) return <p role="status">{t('loading')}</p>;
  if (inputs === null) {
    return (
      <section>
        <h1>{t('missing')}</h1>
        <a href={hrefFor({ name: 'home' })}>{t('common:back')}</a>
      </section>
    );
  }
  return (
    <article className="translation-page">
      <h1>{t('title', { name: assessmentName(inputs.assessment, locale) })}</h1>
      <p>{t('intro')}</p>
      {texts === null || texts === undefined ? (
        <p role="alert">{t('catalogueMissing')}</p>
      ) : (
        <TranslationList
          assessmentId={assessmentId}
          places={untranslatedPlaces(texts)}
          texts={new Map(texts.map((text) => [text.key, text.text]))}
        />
      )}
    </article>
  );
}
