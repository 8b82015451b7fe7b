import { useEffect, useRef } from 'react';
import type { Response, Source } from '@/domain/assessment';
import { useKeysWithin } from '@/components/ui/use-keys-within';
import type { Catalogue } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { answerState } from '@/domain/scoring';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { SafeLink } from '@/components/ui/safe-link';
import type { Trace } from './trace';

type Props = {
  readonly assessmentId: string;
  readonly trace: Trace;
  readonly catalogue: Catalogue;
  readonly responses: ReadonlyMap<string, Response>;
  readonly sourcesByIndicator: ReadonlyMap<string, readonly Source[]>;
  readonly onClose: () => void;
};

/**
 * The evidence behind a line of findings or a chart bar: each indicator with its answer,
 * justification and sources, and a link to it in the workspace. A non-modal side panel that takes
 * focus when it opens and gives it back when it closes (Escape closes it).
 */
export function EvidencePanel({ assessmentId, trace, catalogue, responses, sourcesByIndicator, onClose }: Props) {
  const { t, locale } = useT('profile');
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);
  const region = useRef<HTMLElement>(null);
  useKeysWithin(region, (event) => {
    if (event.key === 'Escape') onClose();
  });
  useEffect(() => {
    opener.current = document.activeElement;
    heading.current?.focus();
    return () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, [trace]);
  const indicators = trace.indicatorIds
    .map((id) => catalogue.indicators.find((indicator) => indicator.id === id))
    .filter((indicator) => indicator !== undefined);
  return (
    <aside className="evidence-panel" aria-labelledby="evidence-title" data-testid="evidence-panel" ref={region}>
      <div className="evidence-panel__header">
        <h2 id="evidence-title" ref={heading} tabIndex={-1}>
          {t('trace.title', { title: trace.title })}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
      <p className="muted">{t('trace.count', { count: indicators.length, formatted: formatNumber(indicators.length, locale) })}</p>
      <ol className="evidence-list">
        {indicators.map((indicator) => {
          const response = responses.get(indicator.id);
          const state = answerState(indicator, response);
          const option = findOption(indicator, response?.answer);
          const sources = sourcesByIndicator.get(indicator.id) ?? [];
          return (
            <li key={indicator.id} className="evidence-item" data-evidence-indicator={indicator.id}>
              <h3>
                <span className="muted">{indicator.id}</span> {localize(indicator.question, locale)}
              </h3>
              <p>
                <span className={`answer-chip answer-chip--${state}`}>
                  {option ? localize(option.label, locale) : t(`common:answerStates.${state}`)}
                </span>
              </p>
              {response?.notApplicable && response.notApplicableReason && (
                <p>
                  <strong>{t('trace.notApplicableReason')}</strong> {response.notApplicableReason}
                </p>
              )}
              <p className="evidence-item__justification">
                <strong>{t('trace.justification')}</strong>{' '}
                <span dir="auto">{response?.justification.trim() ? response.justification : t('trace.noJustification')}</span>
              </p>
              <p>
                <strong>{t('trace.sources')}</strong>
              </p>
              {sources.length === 0 ? (
                <p className="muted">{t('trace.noSources')}</p>
              ) : (
                <ul className="evidence-sources">
                  {sources.map((source) => (
                    <li key={source.id} dir="auto">
                      {source.url ? <SafeLink url={source.url}>{source.title}</SafeLink> : source.title}
                      {source.section && `, ${source.section}`}
                      {source.date && ` (${source.date})`} <span className="muted">· {t(`sourceTypes.${source.type}`)}</span>
                    </li>
                  ))}
                </ul>
              )}
              <a
                href={hrefFor({ name: 'assessment', assessmentId }, new URLSearchParams({ indicator: indicator.id }))}
                className="evidence-item__open"
              >
                {t('trace.openInWorkspace', { id: indicator.id })}
              </a>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
