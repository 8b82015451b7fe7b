import type { Assessment } from '@/domain/assessment';
import { deleteAssessment } from '@/db/commands';
import { assessmentName } from '@/i18n/assessment-name';
import { errorMessage } from '@/i18n/error-message';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { notify } from '@/state/ui-store';

export function AssessmentList({ assessments }: { readonly assessments: readonly Assessment[] }) {
  const { t, locale } = useT('assessments');
  if (assessments.length === 0) return <p className="empty-state">{t('empty')}</p>;

  async function remove(assessment: Assessment) {
    if (!window.confirm(t('deleteConfirm', { name: assessmentName(assessment, locale) }))) return;
    try {
      await deleteAssessment(assessment.id);
      notify('success', t('deleted'));
    } catch (error) {
      notify('error', errorMessage(error, locale));
    }
  }

  return (
    <table className="data-table" data-testid="assessment-list">
      <caption className="visually-hidden">{t('listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.country')}</th>
          <th scope="col">{t('columns.level')}</th>
          <th scope="col">{t('columns.round')}</th>
          <th scope="col">{t('columns.phase')}</th>
          <th scope="col">{t('columns.catalogue')}</th>
          <th scope="col">{t('columns.updated')}</th>
          <th scope="col">{t('columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((assessment) => (
          <tr key={assessment.id}>
            <th scope="row">
              <a href={hrefFor({ name: 'assessment', assessmentId: assessment.id })}>{assessmentName(assessment, locale)}</a>
              {assessment.isDemo && <span className="badge badge--demo">{t('common:demoBadge')}</span>}
            </th>
            <td>{t(`common:levels.${assessment.level}`)}</td>
            <td>{t('round', { round: formatNumber(assessment.round, locale), year: assessment.year })}</td>
            <td>{t(`common:phases.${assessment.phase}`)}</td>
            <td>{assessment.catalogueVersion}</td>
            <td>{formatDateTime(assessment.updatedAt, locale)}</td>
            <td className="actions">
              <a className="button" href={hrefFor({ name: 'profile', assessmentId: assessment.id })}>{t('profile')}</a>
              <button type="button" className="button button--danger" onClick={() => void remove(assessment)}
                aria-label={`${t('common:delete')} — ${assessmentName(assessment, locale)}`}>
                {t('common:delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
