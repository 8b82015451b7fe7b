import { lazy, Suspense, useEffect } from 'react';
import { i18n } from '@/i18n/i18n';
import type { Locale } from '@/domain/localized-text';
import type { Route } from '@/routing/router';
import { useLocation } from '@/routing/router';
import { useT } from '@/i18n/use-t';
import { connectionState, DatabaseDeletedError, useDatabaseDeleted } from '@/db/lifecycle';
import { persistenceState, requestPersistence, storageEstimate } from '@/db/persistence';
import { AppHeader } from './app-header';
import { lazyScreen } from './lazy-screen';
import { switchLocale } from './switch-locale';
import { AssessmentNav, isAssessmentSection } from './assessment-nav';
import { ErrorBoundary } from './error-boundary';
import { useCatalogues, whenCataloguesLoaded } from './use-catalogues';
import { Notices } from './notices';
import { DemoRoute } from './routes/demo-route';
import { HomePage, preloadCreateForm } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { hasJournaledEdits } from '@/db/edit-session/journal-key';

const AssessmentPage = lazyScreen(
  async () => (await import('./routes/assessment-page')).AssessmentPage,
  ['scoring', 'edit', 'people', 'method', 'bilingual'],
);
// The profile brings recharts and its own strings; both arrive with it, never in the start bundle.
const ProfileRoute = lazyScreen(async () => {
  const route = await import('./routes/profile-route');
  // The charts' code (recharts, most of the profile's bytes) is fetched once the profile's own
  // code is in, before the profile renders: asked for together, it slowed the text and tables.
  void import('@/charts/lazy-charts').then((charts) => charts.preloadCharts()).catch(() => undefined);
  return route.ProfileRoute;
}, ['profile', 'charts', 'edit', 'scoring', 'method', 'bilingual', 'front-matter']);
// Exchange and storage screens: one chunk. The storage page gets the start bundle's persistence
// calls handed in (see health-panel.tsx) rather than loading them twice.
const STORAGE_ACCESS = { persistenceState, requestPersistence, storageEstimate };
const ExchangeScreens = lazyScreen(
  async () => (await import('./routes/exchange-routes')).ExchangeScreens,
  ['exchange', 'storage-health', 'refusals', 'people'],
);
const ReportRoute = lazyScreen(
  async () => (await import('./routes/report-route')).ReportRoute,
  ['report', 'report-pdf', 'report-options', 'refusals', 'people'],
);
// Every printed text without a checked translation: its own small chunk and strings.
const TranslationRoute = lazyScreen(async () => (await import('./routes/translation-route')).TranslationRoute, ['translation']);
// Validation, spreadsheets and catalogue import share one loader (and one set of strings).
const GovernanceRoute = lazyScreen(
  async () => (await import('./routes/governance-route')).GovernanceRoute,
  ['validation', 'publish', 'translation', 'spreadsheets', 'catalogue-import', 'governance', 'refusals', 'people', 'bilingual'],
);
/**
 * Called before the translations load (main.tsx): a page opened on one assessment's screen (a
 * bookmark, a reload) starts fetching that screen's code and the catalogues at once instead of
 * after the first render. The start screen gets its form's code early, not the catalogues: its
 * list must not wait for their validation. Resolves when the code the first render needs is here.
 */
export function preloadScreen(route: Route, locale: Locale): Promise<void> {
  // The start screen's form is small and arrives with the translations: the first render waits
  // for it rather than drawing a placeholder and then the form (resolves on failure too).
  if (route.name === 'home')
    return preloadCreateForm().then(
      () => undefined,
      () => undefined,
    );
  if (!isAssessmentSection(route)) return Promise.resolve();
  void whenCataloguesLoaded().catch(() => undefined);
  // The header's person picker is not asked for here: fetched in the same burst, its chunks made
  // the cold profile ~140 ms slower (docs/PERFORMANCE.md, round 7).
  if (route.name === 'assessment') AssessmentPage.preload(locale);
  else if (route.name === 'profile') ProfileRoute.preload(locale);
  else if (route.name === 'report') ReportRoute.preload(locale);
  else if (route.name === 'translation') TranslationRoute.preload(locale);
  else if (route.name === 'validation' || route.name === 'spreadsheets') GovernanceRoute.preload(locale);
  else ExchangeScreens.preload(locale);
  return Promise.resolve();
}

// Registers the service worker and shows the "new version ready" prompt; nothing of it at start.
const UpdatePrompt = lazyScreen(async () => (await import('./update-prompt')).UpdatePrompt, ['governance']);

// Broken catalogue files are rare: their banner loads only when there is something to show.
const CatalogueProblemsBanner = lazy(async () => ({ default: (await import('./catalogue-problems-banner')).CatalogueProblemsBanner }));

function CatalogueProblems() {
  const count = useCatalogues()?.problems.length ?? 0;
  return count === 0 ? null : (
    <Suspense fallback={null}>
      <CatalogueProblemsBanner />
    </Suspense>
  );
}

connectionState.subscribe(({ lost }) => {
  if (lost === 'upgraded') window.alert(i18n.t('common:errors.versionChange'));
});

/** Once the database is deleted under the running app, every screen lands on the error screen. */
function DatabaseGone(): null {
  throw new DatabaseDeletedError();
}

export function App() {
  useEffect(() => {
    // Text typed in a tab that crashed or reloaded before its write committed. The journal's code
    // brings the storage commands, which the start screen does not need: loaded only when there
    // is something to replay.
    if (hasJournaledEdits())
      void import('@/db/edit-session/edit-journal').then((journal) => journal.replayJournal()).catch(() => undefined);
  }, []);
  return (
    <ErrorBoundary scope="app">
      <AppShell />
    </ErrorBoundary>
  );
}

function Loading() {
  const { t } = useT();
  return <p role="status">{t('loading')}</p>;
}

function AppShell() {
  const { route } = useLocation();
  const deleted = useDatabaseDeleted();
  return (
    <>
      <AppHeader onLocaleChange={(locale) => void switchLocale(locale)} />
      <main id="main" tabIndex={-1} className="page">
        <CatalogueProblems />
        {isAssessmentSection(route) && <AssessmentNav assessmentId={route.assessmentId} current={route.name} />}
        {/* Keyed by the route: going to another screen tries again after an error. */}
        <ErrorBoundary scope="screen" key={JSON.stringify(route)}>
          {deleted && <DatabaseGone />}
          {route.name === 'home' && <HomePage />}
          {route.name === 'demo' && <DemoRoute />}
          <Suspense fallback={<Loading />}>
            {route.name === 'assessment' && <AssessmentPage assessmentId={route.assessmentId} />}
            {route.name === 'profile' && <ProfileRoute assessmentId={route.assessmentId} />}
            {route.name === 'exchange' && <ExchangeScreens assessmentId={route.assessmentId} storage={STORAGE_ACCESS} />}
            {route.name === 'storage' && <ExchangeScreens assessmentId={undefined} storage={STORAGE_ACCESS} />}
            {route.name === 'report' && <ReportRoute assessmentId={route.assessmentId} />}
            {route.name === 'translation' && <TranslationRoute assessmentId={route.assessmentId} />}
            {(route.name === 'validation' || route.name === 'spreadsheets' || route.name === 'catalogues') && (
              <GovernanceRoute route={route} />
            )}
          </Suspense>
          {route.name === 'not-found' && <NotFoundPage />}
        </ErrorBoundary>
      </main>
      <Notices />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
