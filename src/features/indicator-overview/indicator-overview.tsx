import type { Response } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { answerState, responsesByIndicator, summarizeAssessment } from '@/domain/scoring';
import { findOption } from '@/domain/catalogue';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

/** All indicators of an assessment grouped by domain and sub-domain, with answers and progress. */
export function IndicatorOverview({ catalogue, responses }: { catalogue: Catalogue; responses: readonly Response[] }) {
  const { t, locale } = useT('assessments');
  const byIndicator = responsesByIndicator(responses);
  const summary = summarizeAssessment(catalogue, byIndicator);
  return (
    <div className="indicator-overview" data-testid="indicator-overview">
      {catalogue.domains.map((domain) => {
        const counts = summary.domains.find((d) => d.id === domain.id)?.counts;
        const done = counts ? counts.total - counts['not-scored'] : 0;
        return (
          <section key={domain.id} className="domain-section" aria-labelledby={`domain-${domain.id}`}>
            <h2 id={`domain-${domain.id}`}>
              <span className="domain-section__code">{domain.id}</span> {localize(domain.title, locale)}
            </h2>
            <p className="muted">
              {t('overview.progress', { done: formatNumber(done, locale), total: formatNumber(counts?.total ?? 0, locale) })}
            </p>
            {catalogue.subdomains
              .filter((subdomain) => subdomain.domainId === domain.id)
              .map((subdomain) => (
                <div key={subdomain.id} className="subdomain">
                  <h3>{subdomain.id} {localize(subdomain.title, locale)}</h3>
                  <ol className="indicator-list">
                    {catalogue.indicators
                      .filter((indicator) => indicator.subdomainId === subdomain.id)
                      .map((indicator) => {
                        const response = byIndicator.get(indicator.id);
                        const state = answerState(indicator, response);
                        const option = findOption(indicator, response?.answer);
                        return (
                          <li key={indicator.id} className="indicator-row" data-indicator-id={indicator.id}>
                            <span className="indicator-row__id">{indicator.id}</span>
                            <span className="indicator-row__question">{localize(indicator.question, locale)}</span>
                            <span className={`answer-chip answer-chip--${state}`}>
                              {option ? localize(option.label, locale) : t(`common:answerStates.${state}`)}
                            </span>
                          </li>
                        );
                      })}
                  </ol>
                </div>
              ))}
          </section>
        );
      })}
    </div>
  );
}
