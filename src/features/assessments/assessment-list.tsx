import type { Assessment } from '@/domain/assessment';
import { deleteAssessment } from '@/db/commands';
import { assessmentName } from '@/i18n/assessment-name';
import { errorMessage } from '@/i18n/error-message';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { notify } from '@/state/ui-store';
import { readPref, writePref } from '@/state/device-prefs';
import { wordingIn } from '@/i18n/wording';

/**
 * A mark kept apart from IndexedDB (issue 16): this browser has held assessments. When the store
 * is later found empty with the mark still set, the site data was most likely cleared (by the
 * browser, a cleaning tool or a user), and the first thing to say is how to get the data back.
 */
const HELD_ASSESSMENTS = 'held-assessments';

export function AssessmentList({ assessments }: { readonly assessments: readonly Assessment[] }) {
  const { t, locale } = useT('assessments');
  if (assessments.length > 0 && readPref(HELD_ASSESSMENTS) === null) writePref(HELD_ASSESSMENTS, 'yes');
  if (assessments.length === 0) {
    if (readPref(HELD_ASSESSMENTS) === null) return <p className="empty-state">{t('empty')}</p>;
    return (
      <div role="status" className="banner banner--warning" data-testid="store-emptied">
        <p>{t('emptiedStore.explain')}</p>
        <p>
          <a href={hrefFor({ name: 'storage' })}>{t('emptiedStore.restore')}</a>
        </p>
      </div>
    );
  }

  async function remove(assessment: Assessment) {
    if (!window.confirm(t('deleteConfirm', { name: assessmentName(assessment, locale) }))) return;
    try {
      await deleteAssessment(assessment.id);
      // Deleting the last assessment on purpose is not data loss: no restore notice afterwards.
      if (assessments.length === 1) writePref(HELD_ASSESSMENTS, null);
      notify('success', wordingIn('assessments', 'deleted'));
    } catch (error) {
      notify('error', (shown) => errorMessage(error, shown));
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
              <a className="button" href={hrefFor({ name: 'profile', assessmentId: assessment.id })}>
                {t('profile')}
              </a>
              <button
                type="button"
                className="button button--danger"
                onClick={() => void remove(assessment)}
                aria-label={`${t('common:delete')} — ${assessmentName(assessment, locale)}`}
              >
                {t('common:delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
