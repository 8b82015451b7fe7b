import { findCatalogue } from '@/catalog/catalogue-lookup';
import { useAssessment, useMembers, useResponses } from '@/db/live';
import { useAssessmentLevelHistory } from '@/db/validation-live';
import { useComments } from '@/db/workspace-live';
import { useCurrentMemberId } from '@/features/members/member-picker';
import { ValidationPage } from '@/features/validation/validation-page';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import { useLocation } from '@/routing/router';
import { useCatalogues } from '@/app/use-catalogues';
import { AssessmentMissing } from './assessment-missing';

export function ValidationRoute({ assessmentId }: { assessmentId: string }) {
  const { t, locale } = useT('validation');
  const assessment = useAssessment(assessmentId);
  const history = useAssessmentLevelHistory(assessmentId);
  const responses = useResponses(assessmentId);
  const comments = useComments(assessmentId);
  const members = useMembers(assessmentId);
  const catalogueSet = useCatalogues();
  const memberId = useCurrentMemberId(assessmentId, members);
  const { params } = useLocation();
  if (assessment === undefined || history === undefined || catalogueSet === undefined || !responses || !comments || !members)
    return <p role="status">{t('common:loading')}</p>;
  if (assessment === null) return <AssessmentMissing />;
  const catalogue = findCatalogue(catalogueSet, assessment.frameworkId, assessment.catalogueVersion);
  return (
    <article>
      <h1>
        {t('title')} — {assessmentName(assessment, locale)}
      </h1>
      <ValidationPage
        assessment={assessment}
        catalogue={catalogue}
        history={history}
        responses={responses}
        comments={comments}
        members={members}
        memberId={memberId}
        known={catalogueSet}
        focus={params.get('focus')}
      />
    </article>
  );
}
