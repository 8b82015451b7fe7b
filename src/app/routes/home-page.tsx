import { lazy, Suspense, useState } from 'react';
import { useAssessments } from '@/db/live';
import { AssessmentList } from '@/features/assessments/assessment-list';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { useCatalogues } from '@/app/use-catalogues';
import { openDemo } from './demo-route';

// The form needs the catalogues, which load on demand anyway; its code (and the country list)
// comes with them instead of weighing on the start bundle.
const CreateAssessmentForm = lazy(async () => ({
  default: (await import('@/features/assessments/create-assessment-form')).CreateAssessmentForm,
}));

export function HomePage() {
  const { t, locale } = useT('assessments');
  const assessments = useAssessments();
  const [loadingDemo, setLoadingDemo] = useState(false);
  const catalogueSet = useCatalogues();

  async function loadDemo() {
    setLoadingDemo(true);
    await openDemo(locale, () => t('demoLoaded'));
    setLoadingDemo(false);
  }

  return (
    <div className="home">
      <section aria-labelledby="assessments-title">
        <div className="section-header">
          <h1 id="assessments-title">{t('listTitle')}</h1>
          <button type="button" className="button" onClick={() => void loadDemo()} disabled={loadingDemo}>
            {t('loadDemo')}
          </button>
        </div>
        {assessments === undefined ? <p>{t('common:loading')}</p> : <AssessmentList assessments={assessments} />}
        <nav className="home-links" aria-label={t('exchangeLinks.label')}>
          <a href="#/exchange">{t('exchangeLinks.exchange')}</a>
          <a href="#/storage">{t('exchangeLinks.storage')}</a>
          <a href={hrefFor({ name: 'catalogues' })}>{t('manageCatalogues')}</a>
        </nav>
      </section>
      {catalogueSet ? (
        <Suspense fallback={<p>{t('common:loading')}</p>}>
          <CreateAssessmentForm catalogues={catalogueSet.catalogues} existing={assessments ?? []} />
        </Suspense>
      ) : (
        <p>{t('common:loading')}</p>
      )}
    </div>
  );
}
