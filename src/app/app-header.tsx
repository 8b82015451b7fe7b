import { useT } from '@/i18n/use-t';
import type { Locale } from '@/domain/localized-text';
import { isLocale, LOCALES } from '@/domain/localized-text';
import { hrefFor } from '@/routing/router';
import { StorageBadge } from './storage-badge';

export function AppHeader({ onLocaleChange }: { onLocaleChange: (locale: Locale) => void }) {
  const { t, locale } = useT();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('skipToContent')}
      </a>
      <div className="app-header__brand">
        <a href={hrefFor({ name: 'home' })} className="app-header__title">
          {t('appName')}
        </a>
        <span className="app-header__tagline">{t('tagline')}</span>
      </div>
      <nav aria-label={t('mainNavigation')} className="app-header__tools">
        <StorageBadge />
        <label className="inline-field">
          <span>{t('language')}</span>
          <select value={locale} onChange={(event) => {
            if (isLocale(event.target.value)) onLocaleChange(event.target.value);
          }} data-testid="language-select">
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
