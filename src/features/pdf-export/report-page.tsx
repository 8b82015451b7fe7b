import type { KnownCatalogues } from '@/domain/assessment-printed-texts';
import { useProfileInputs } from '@/db/profile-live';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import { hrefFor } from '@/routing/router';
import { ExportPanel } from './export-panel';
import { loadReportLayer } from './report-layer';
import { VerifyPanel } from './verify-panel';
import './pdf-export.css';

/** #/assessments/<id>/report: export the profile PDF and check a PDF someone sent back. */
export function ReportPage({ assessmentId, catalogues }: { assessmentId: string; catalogues?: KnownCatalogues | undefined }) {
  const { t, locale } = useT('report');
  // The same live read as the profile: the count of untranslated places follows every edit.
  const inputs = useProfileInputs(assessmentId);
  if (inputs === undefined) return <p role="status">{t('common:loading')}</p>;
  if (inputs === null) {
    return (
      <section>
        <h1>{t('ui.notFound')}</h1>
        <a href={hrefFor({ name: 'home' })}>{t('common:back')}</a>
      </section>
    );
  }
  const { assessment } = inputs;
  return (
    <article className="report-page">
      <h1>{t('ui.title', { country: assessmentName(assessment, locale) })}</h1>
      <ExportPanel
        assessmentId={assessmentId}
        isDraft={!isAssessmentLocked(assessment)}
        phase={assessment.phase}
        loadReportLayer={loadReportLayer}
        stored={inputs}
        known={catalogues}
      />
      <VerifyPanel loadReportLayer={loadReportLayer} />
    </article>
  );
}
