import { lazy, Suspense, useState } from 'react';
import { useAssessments } from '@/db/live';
import { AssessmentList } from '@/features/assessments/assessment-list';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { useCatalogues, whenCataloguesLoaded } from '@/app/use-catalogues';
import type * as CreateFormModule from '@/features/assessments/create-assessment-form';
import { openDemo } from './demo-route';
import { loadOnce } from '@/lib/load-once';
import { wordingIn } from '@/i18n/wording';

// The form's code (and the country list) is its own chunk, downloaded beside the translations,
// instead of weighing on the start bundle; it shows before the catalogues arrive (only its
// catalogue choice and its submit wait for them), so the start screen is usable sooner
// (docs/PERFORMANCE.md).
let loadedForm: typeof CreateFormModule | undefined;
/** Starts fetching the form's code (once): main.tsx calls it before the first render. */
export const preloadCreateForm: () => Promise<typeof CreateFormModule> = loadOnce(async () => {
  loadedForm = await import('@/features/assessments/create-assessment-form');
  return loadedForm;
});

const LazyCreateForm = lazy(async () => ({ default: (await preloadCreateForm()).CreateAssessmentForm }));

const whenCataloguesAsList = async () => (await whenCataloguesLoaded()).catalogues;

export function HomePage() {
  const { t } = useT('assessments');
  const assessments = useAssessments();
  const [loadingDemo, setLoadingDemo] = useState(false);
  const catalogueSet = useCatalogues();
  // Loaded already (main.tsx waits for it on a start on this screen): drawn in the first render,
  // without a Suspense round. Chosen once per mount, so the form never remounts and loses input.
  const [CreateAssessmentForm] = useState(() => loadedForm?.CreateAssessmentForm ?? LazyCreateForm);

  async function loadDemo() {
    setLoadingDemo(true);
    await openDemo(wordingIn('assessments', 'demoLoaded'));
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
      {/* Usable while the catalogues load: only the catalogue choice and the submit wait for them. */}
      <Suspense fallback={<p>{t('common:loading')}</p>}>
        <CreateAssessmentForm catalogues={catalogueSet?.catalogues} whenCatalogues={whenCataloguesAsList} existing={assessments ?? []} />
      </Suspense>
    </div>
  );
}
