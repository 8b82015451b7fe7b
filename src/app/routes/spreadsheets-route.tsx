import { findCatalogue } from '@/catalog/catalogue-lookup';
import { useAssessment } from '@/db/live';
import { SpreadsheetsPage } from '@/features/spreadsheets/spreadsheets-page';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import { useUiStore } from '@/state/ui-store';
import { useCatalogues } from '@/app/use-catalogues';
import { AssessmentMissing } from './assessment-missing';

export function SpreadsheetsRoute({ assessmentId }: { assessmentId: string }) {
  const { t, locale } = useT('spreadsheets');
  const assessment = useAssessment(assessmentId);
  const catalogueSet = useCatalogues();
  const memberId = useUiStore((state) => state.currentMembers[assessmentId] ?? null);
  if (assessment === undefined || catalogueSet === undefined) return <p role="status">{t('common:loading')}</p>;
  if (assessment === null) return <AssessmentMissing />;
  const catalogue = findCatalogue(catalogueSet, assessment.frameworkId, assessment.catalogueVersion);
  const title = assessmentName(assessment, locale);
  return (
    <article>
      <h1>
        {t('title')} — {title}
      </h1>
      {catalogue ? (
        <SpreadsheetsPage assessment={assessment} catalogue={catalogue} title={assessmentName(assessment, 'en')} memberId={memberId} />
      ) : (
        <p role="alert">
          {t('assessments:overview.catalogueMissing', { key: `${assessment.frameworkId}@${assessment.catalogueVersion}` })}
        </p>
      )}
    </article>
  );
}
