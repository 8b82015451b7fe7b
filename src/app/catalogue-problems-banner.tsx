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
            {t('catalogueProblems.problem', { file: problem.file, reason: t(`catalogueProblems.codes.${problem.code}`) })}
            {/* Where and the validator's own words, for the maintainer, behind a disclosure. */}
            <details className="refusal-details">
              <summary>{t('catalogueProblems.details')}</summary>
              <code dir="ltr">{[problem.path || t('catalogueProblems.wholeFile'), problem.detail].filter(Boolean).join(': ')}</code>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
