import { Suspense } from 'react';
import { useT } from '@/i18n/use-t';
import type { Locale } from '@/domain/localized-text';
import { isLocale, LOCALES } from '@/domain/localized-text';
import { hrefFor, useLocation } from '@/routing/router';
import { isAssessmentSection } from './assessment-nav';
import { focusIndicatorTable } from './focus-indicator-table';
import { StorageBadge } from './storage-badge';
import { lazyScreen } from './lazy-screen';

// The person picker needs the store and the members: it loads with the assessment's screens.
const CurrentPerson = lazyScreen(async () => (await import('./current-person')).CurrentPerson, ['people']);

export function AppHeader({ onLocaleChange }: { onLocaleChange: (locale: Locale) => void }) {
  const { t, locale } = useT();
  const { route } = useLocation();
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      {route.name === 'assessment' && (
        <a
          className="skip-link"
          href="#indicator-table"
          data-testid="skip-to-table"
          onClick={(event) => {
            event.preventDefault();
            focusIndicatorTable();
          }}
        >
          {t('skipToTable')}
        </a>
      )}
      <div className="app-header__brand">
        <a href={hrefFor({ name: 'home' })} className="app-header__title">
          {t('appName')}
        </a>
        <span className="app-header__tagline">{t('tagline')}</span>
      </div>
      <nav aria-label={t('mainNavigation')} className="app-header__tools">
        {isAssessmentSection(route) && (
          <Suspense fallback={null}>
            <CurrentPerson assessmentId={route.assessmentId} />
          </Suspense>
        )}
        <StorageBadge />
        <label className="inline-field">
          <span>{t('language')}</span>
          <select
            value={locale}
            onChange={(event) => {
              if (isLocale(event.target.value)) onLocaleChange(event.target.value);
            }}
            data-testid="language-select"
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </header>
  );
}
