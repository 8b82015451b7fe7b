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
// Validation, spreadsheets and catalogue import share one loader (and one set of strings).
const GovernanceRoute = lazy(async () => {
  await loadNamespaces(useUiStore.getState().locale, ['validation', 'spreadsheets', 'catalogue-import', 'governance']);
  return { default: (await import('./routes/governance-route')).GovernanceRoute };
});
// Registers the service worker and shows the "new version ready" prompt; nothing of it at start.
const UpdatePrompt = lazy(async () => {
  await loadNamespaces(useUiStore.getState().locale, ['governance']);
  return { default: (await import('./update-prompt')).UpdatePrompt };
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
          {(route.name === 'validation' || route.name === 'spreadsheets' || route.name === 'catalogues') && <GovernanceRoute route={route} />}
        </Suspense>
        {route.name === 'not-found' && <NotFoundPage />}
      </main>
      <Notices />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
