import { lazy, Suspense, useEffect } from 'react';
import { changeLocale, i18n, loadNamespaces } from '@/i18n/i18n';
import { useLocation } from '@/routing/router';
import { useT } from '@/i18n/use-t';
import { setLocale, useUiStore } from '@/state/ui-store';
import { whenAnotherTabUpgrades } from '@/db/lifecycle';
import { AppHeader } from './app-header';
import { CatalogueProblemsBanner } from './catalogue-problems-banner';
import { Notices } from './notices';
import { DemoRoute } from './routes/demo-route';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';

// Everything past the start screen loads on demand: the start bundle has a budget (PERFORMANCE.md).
const AssessmentPage = lazy(async () => ({ default: (await import('./routes/assessment-page')).AssessmentPage }));
const ProfileRoute = lazy(async () => ({ default: (await import('./routes/profile-route')).ProfileRoute }));
const ReportPage = lazy(async () => {
  const [page] = await Promise.all([import('@/features/pdf-export/report-page'), loadNamespaces(useUiStore.getState().locale, ['report'])]);
  return { default: page.ReportPage };
});

whenAnotherTabUpgrades(() => {
  window.alert(i18n.t('common:errors.versionChange'));
});

export function App() {
  const locale = useUiStore((state) => state.locale);
  useEffect(() => {
    void changeLocale(locale);
  }, [locale]);
  return (
    <AppShell onLocaleChange={setLocale} />
  );
}

function Loading() {
  const { t } = useT();
  return <p role="status">{t('loading')}</p>;
}

function AppShell({ onLocaleChange }: { onLocaleChange: typeof setLocale }) {
  const { route } = useLocation();
  return (
    <>
      <AppHeader onLocaleChange={onLocaleChange} />
      <main id="main" tabIndex={-1} className="page">
        <CatalogueProblemsBanner />
        {route.name === 'home' && <HomePage />}
        {route.name === 'demo' && <DemoRoute />}
        <Suspense fallback={<Loading />}>
          {route.name === 'assessment' && <AssessmentPage assessmentId={route.assessmentId} />}
          {route.name === 'profile' && <ProfileRoute assessmentId={route.assessmentId} />}
          {route.name === 'report' && <ReportPage assessmentId={route.assessmentId} />}
        </Suspense>
        {route.name === 'not-found' && <NotFoundPage />}
      </main>
      <Notices />
    </>
  );
}
