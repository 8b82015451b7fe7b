import { useT } from '@/i18n/use-t';
import { useCatalogues } from './use-catalogues';

export function CatalogueProblemsBanner() {
  const { t } = useT();
  const problems = useCatalogues()?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <section className="banner banner--error" role="alert" data-testid="catalogue-problems">
      <h2>{t('catalogueProblems.title')}</h2>
      <p>{t('catalogueProblems.intro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} dir="auto">
            {t('catalogueProblems.problem', {
              file: problem.file,
              path: problem.path || t('catalogueProblems.wholeFile'),
              reason: t(`catalogueProblems.codes.${problem.code}`),
              detail: problem.detail,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
