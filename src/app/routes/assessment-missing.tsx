import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';

/** What every per-assessment screen shows for a deleted assessment or a stale link. */
export function AssessmentMissing() {
  const { t } = useT('assessments');
  return (
    <section>
      <h1>{t('overview.missing')}</h1>
      <a href={hrefFor({ name: 'home' })}>{t('common:back')}</a>
    </section>
  );
}
