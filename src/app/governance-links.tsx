import { useEffect } from 'react';
import { loadNamespaces } from '@/i18n/i18n';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';

type Page = 'assessment' | 'validation' | 'spreadsheets';

/**
 * Links between an assessment's workspace, its validation screen and its spreadsheets. Small and
 * self-contained so the workspace header can render it too; it loads its own strings.
 */
export function GovernanceLinks({ assessmentId, current }: { readonly assessmentId: string; readonly current?: Page }) {
  const { t, locale } = useT('governance');
  useEffect(() => {
    void loadNamespaces(locale, ['governance']);
  }, [locale]);
  // Until its strings arrive (first use outside these screens), show nothing rather than raw keys.
  if (t('links.label') === 'links.label') return null;
  const pages: readonly Page[] = ['assessment', 'validation', 'spreadsheets'];
  return (
    <nav className="subpage-nav" aria-label={t('links.label')}>
      {pages.map((page) => (
        <a key={page} href={hrefFor({ name: page, assessmentId })} aria-current={page === current ? 'page' : undefined}>
          {t(`links.${page}`)}
        </a>
      ))}
    </nav>
  );
}
