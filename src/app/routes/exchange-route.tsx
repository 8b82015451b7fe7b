import { findCatalogue } from '@/catalog/catalogue-lookup';
import { useAssessments } from '@/db/live';
import { ExchangePage } from '@/features/exchange/exchange-page';
import { useT } from '@/i18n/use-t';
import { useCatalogues } from '@/app/use-catalogues';

/** `#/exchange` (import any package) and `#/assessments/<id>/exchange` (one assessment). */
export function ExchangeRoute({ assessmentId }: { assessmentId: string | null }) {
  const { t } = useT('exchange');
  const assessments = useAssessments();
  const catalogueSet = useCatalogues();
  if (assessments === undefined) return <p role="status">{t('common:loading')}</p>;
  const assessment = assessmentId === null ? null : (assessments.find((item) => item.id === assessmentId) ?? undefined);
  if (assessment === undefined) {
    return (
      <section>
        <h1>{t('missing')}</h1>
        <a href="#/exchange">{t('title')}</a>
      </section>
    );
  }
  const catalogueFor = (id: string) => {
    const target = assessments.find((item) => item.id === id);
    return target && catalogueSet ? findCatalogue(catalogueSet, target.frameworkId, target.catalogueVersion) : undefined;
  };
  return <ExchangePage assessment={assessment} assessments={assessments} catalogueFor={catalogueFor} />;
}
