import { useState } from 'react';
import { lockAsValidated } from '@/db/validation-commands';
import type { Assessment, HistoryEntry } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import type { Catalogue } from '@/domain/catalogue';
import { lockIssues, validationProgress } from '@/domain/validation';
import { formatDate, formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { DomainDecisionForm } from './domain-decision-form';
import { domainNames, failureMessage, issuesByField } from './issue-text';
import { MeetingForm } from './meeting-form';
import { ReopenForm } from './reopen-form';
import { ValidationHistory } from './validation-history';
import './validation.css';

type Props = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue | undefined;
  readonly history: readonly HistoryEntry[];
  readonly memberId: string | null;
};

/** The validation screen: meeting, one decision per domain, then the lock (or the reopening). */
export function ValidationPage({ assessment, catalogue, history, memberId }: Props) {
  const { t, locale } = useT('validation');
  const [busy, setBusy] = useState(false);
  const locked = isAssessmentLocked(assessment);
  const record = assessment.validation;
  const domainIds = catalogue?.domains.map((d) => d.id) ?? [];
  const progress = validationProgress(record, domainIds);
  const blockers = catalogue ? lockIssues(assessment, domainIds) : [];
  const blockerText = (code: string) =>
    code === 'domains-undecided' ? domainNames(catalogue!, progress.undecided, locale)
      : code === 'domains-not-validated' ? domainNames(catalogue!, progress.notValidated, locale) : '';

  async function lock() {
    setBusy(true);
    try {
      await lockAsValidated(assessment.id, domainIds, memberId);
      notify('success', t('lock.done'));
    } catch (error) {
      notify('error', failureMessage(error, t, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="validation-page">
      <p>{t('intro')}</p>
      <section className="card" aria-labelledby="validation-status-heading">
        <h2 id="validation-status-heading">{t('status.heading')}</h2>
        <p data-testid="validation-status" data-locked={locked}>
          {locked
            ? record?.lockedAt ? t('status.locked', { date: formatDateTime(record.lockedAt, locale) }) : t('status.lockedPublished')
            : t('status.open', { decided: formatNumber(progress.decided, locale), total: formatNumber(progress.total, locale) })}
        </p>
        <p className="muted">{t('status.phase', { phase: t(`common:phases.${assessment.phase}`) })}</p>
        <p dir="auto">
          {record?.meeting
            ? t('meeting.summary', { date: formatDate(record.meeting.date, locale), place: record.meeting.place, number: formatNumber(record.meeting.participants.length, locale) })
            : t('meeting.none')}
        </p>
      </section>
      {!catalogue && <p role="alert">{t('catalogueMissing')}</p>}
      {locked ? (
        <ReopenForm assessmentId={assessment.id} phase={assessment.phase} memberId={memberId} />
      ) : (
        <>
          <MeetingForm key={record?.meeting ? 'saved' : 'new'} assessmentId={assessment.id} saved={record?.meeting ?? null} memberId={memberId} disabled={false} />
          {catalogue && (
            <section className="card" aria-labelledby="decisions-heading">
              <h2 id="decisions-heading">{t('decisions.heading')}</h2>
              <div className="domain-decisions">
                {catalogue.domains.map((domain) => {
                  const current = record?.decisions.find((d) => d.domainId === domain.id);
                  return (
                    <DomainDecisionForm key={`${domain.id}:${current?.decidedAt ?? ''}`} assessmentId={assessment.id} domain={domain}
                      domainIds={domainIds} current={current} memberId={memberId} disabled={false} />
                  );
                })}
              </div>
            </section>
          )}
          {catalogue && (
            <section className="card" aria-labelledby="lock-heading">
              <h2 id="lock-heading">{t('lock.heading')}</h2>
              <p>{t('lock.explain')}</p>
              {blockers.length > 0 && (
                <ul className="validation-blockers" data-testid="lock-blockers">
                  {blockers.map((issue) => <li key={issue.code}>{issuesByField([issue], t, blockerText(issue.code))[issue.field]}</li>)}
                </ul>
              )}
              <button type="button" className="button button--primary" disabled={blockers.length > 0 || busy} onClick={() => void lock()}>
                {t('lock.button')}
              </button>
            </section>
          )}
        </>
      )}
      {locked && record && record.decisions.length > 0 && catalogue && (
        <section className="card" aria-labelledby="locked-decisions-heading">
          <h2 id="locked-decisions-heading">{t('decisions.heading')}</h2>
          <ul>
            {record.decisions.map((d) => (
              <li key={d.domainId} dir="auto">
                {domainNames(catalogue, [d.domainId], locale)}: {t(`decisions.kinds.${d.decision}`)}{d.reservations ? ` — ${d.reservations}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ValidationHistory entries={history} catalogue={catalogue} />
    </div>
  );
}
