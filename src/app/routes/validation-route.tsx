import { findCatalogue } from '@/catalog/catalogue-lookup';
import { useAssessment } from '@/db/live';
import { useAssessmentLevelHistory } from '@/db/validation-live';
import { ValidationPage } from '@/features/validation/validation-page';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { useUiStore } from '@/state/ui-store';
import { useCatalogues } from '@/app/use-catalogues';

export function ValidationRoute({ assessmentId }: { assessmentId: string }) {
  const { t, locale } = useT('validation');
  const assessment = useAssessment(assessmentId);
  const history = useAssessmentLevelHistory(assessmentId);
  const catalogueSet = useCatalogues();
  const memberId = useUiStore((state) => state.currentMembers[assessmentId] ?? null);
  if (assessment === undefined || history === undefined || catalogueSet === undefined) return <p role="status">{t('common:loading')}</p>;
  if (assessment === null) {
    return (
      <section>
        <h1>{t('assessments:overview.missing')}</h1>
        <a href={hrefFor({ name: 'home' })}>{t('common:back')}</a>
      </section>
    );
  }
  const catalogue = findCatalogue(catalogueSet, assessment.frameworkId, assessment.catalogueVersion);
  return (
    <article>
      <h1>{t('title')} — {assessmentName(assessment, locale)}</h1>
      <ValidationPage assessment={assessment} catalogue={catalogue} history={history} memberId={memberId} />
    </article>
  );
}
