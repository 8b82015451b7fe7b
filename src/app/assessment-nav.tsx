import { useT } from '@/i18n/use-t';
import type { Route } from '@/routing/router';
import { hrefFor } from '@/routing/router';

/** The screens of one assessment, in the order a working group moves through them. */
const SECTIONS = ['assessment', 'profile', 'translation', 'report', 'validation', 'spreadsheets', 'exchange'] as const;
type Section = (typeof SECTIONS)[number];

export function isAssessmentSection(route: Route): route is Extract<Route, { name: Section; assessmentId: string }> {
  return (SECTIONS as readonly string[]).includes(route.name) && 'assessmentId' in route && typeof route.assessmentId === 'string';
}

/** Navigation between an assessment's screens, shown above each of them. */
export function AssessmentNav({ assessmentId, current }: { readonly assessmentId: string; readonly current: Section }) {
  const { t } = useT();
  return (
    <nav className="subpage-nav assessment-nav" aria-label={t('assessmentNav.label')}>
      <a href={hrefFor({ name: 'home' })}>{t('assessmentNav.home')}</a>
      {SECTIONS.map((section) => (
        <a key={section} href={hrefFor({ name: section, assessmentId })} aria-current={section === current ? 'page' : undefined}>
          {t(`assessmentNav.${section}`)}
        </a>
      ))}
    </nav>
  );
}
