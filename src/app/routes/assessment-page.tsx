import { findCatalogue } from '@/catalog/catalogue-lookup';
import { useAssessment, useResponses } from '@/db/live';
import { IndicatorOverview } from '@/features/indicator-overview/indicator-overview';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { localize } from '@/domain/localized-text';
import { hrefFor } from '@/routing/router';
import { useCatalogues } from '@/app/use-catalogues';

export function AssessmentPage({ assessmentId }: { assessmentId: string }) {
  const { t, locale } = useT('assessments');
  const assessment = useAssessment(assessmentId);
  const responses = useResponses(assessmentId);
  const catalogueSet = useCatalogues();
  if (assessment === undefined || responses === undefined || catalogueSet === undefined) return <p>{t('common:loading')}</p>;
  if (assessment === null) {
    return (
      <section>
        <h1>{t('overview.missing')}</h1>
        <a href={hrefFor({ name: 'home' })}>{t('common:back')}</a>
      </section>
    );
  }
  const catalogue = findCatalogue(catalogueSet, assessment.frameworkId, assessment.catalogueVersion);
  return (
    <article className="assessment-page">
      <a href={hrefFor({ name: 'home' })} className="back-link">{t('common:back')}</a>
      <header className="section-header">
        <h1>
          {assessmentName(assessment, locale)}
          {assessment.isDemo && <span className="badge badge--demo">{t('common:demoBadge')}</span>}
        </h1>
        <p className="muted">
          {t(`common:levels.${assessment.level}`)} · {t('round', { round: formatNumber(assessment.round, locale), year: assessment.year })} ·{' '}
          {t(`common:phases.${assessment.phase}`)}
        </p>
      </header>
      {catalogue ? (
        <>
          <p className="muted">
            {t('overview.catalogue', { name: localize(catalogue.title, locale), version: catalogue.version })} ·{' '}
            {t('overview.indicatorCount', { count: catalogue.indicators.length })}
          </p>
          <IndicatorOverview catalogue={catalogue} responses={responses} />
        </>
      ) : (
        <p role="alert">{t('overview.catalogueMissing', { key: `${assessment.frameworkId}@${assessment.catalogueVersion}` })}</p>
      )}
    </article>
  );
}
