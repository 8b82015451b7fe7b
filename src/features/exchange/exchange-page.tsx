import { useState } from 'react';
import type { Assessment } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { useUiStore } from '@/state/ui-store';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { SnapshotList } from './snapshot-list';
import './exchange.css';

type Props = {
  /** The assessment whose page this is, or null for the general import page. */
  readonly assessment: Assessment | null;
  readonly assessments: readonly Assessment[];
  readonly catalogueFor: (assessmentId: string) => Catalogue | undefined;
};

/**
 * Working together without a server: export this browser's copy as a member package, import a
 * colleague's and merge it, and undo a merge from its automatic snapshot.
 */
export function ExchangePage({ assessment, assessments, catalogueFor }: Props) {
  const { t, locale } = useT('exchange');
  const memberId = useUiStore((state) => (assessment ? (state.currentMembers[assessment.id] ?? null) : null));
  const [refreshKey, setRefreshKey] = useState(0);

  if (!assessment) {
    return (
      <article className="exchange-page">
        <a href={hrefFor({ name: 'home' })} className="back-link">
          {t('common:back')}
        </a>
        <h1>{t('title')}</h1>
        <p>{t('introGeneral')}</p>
        <ImportPanel expectedAssessmentId={null} memberId={null} catalogueFor={catalogueFor} onImported={() => undefined} />
        <section className="card exchange-section" aria-labelledby="exchange-assessments">
          <h2 id="exchange-assessments">{t('assessmentsTitle')}</h2>
          {assessments.length === 0 ? (
            <p className="empty-state">{t('noAssessments')}</p>
          ) : (
            <ul>
              {assessments.map((item) => (
                <li key={item.id}>
                  <a href={hrefFor({ name: 'exchange', assessmentId: item.id })}>
                    {t('exchangeFor', { name: assessmentName(item, locale), year: item.year })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </article>
    );
  }

  return (
    <article className="exchange-page">
      <h1>{t('titleFor', { name: assessmentName(assessment, locale), year: assessment.year })}</h1>
      <p>{t('intro')}</p>
      <div className="exchange-grid">
        <ExportPanel assessment={assessment} memberId={memberId} />
        <ImportPanel
          expectedAssessmentId={assessment.id}
          memberId={memberId}
          catalogueFor={catalogueFor}
          onImported={() => setRefreshKey((key) => key + 1)}
        />
      </div>
      <SnapshotList assessmentId={assessment.id} memberId={memberId} refreshKey={refreshKey} />
    </article>
  );
}
