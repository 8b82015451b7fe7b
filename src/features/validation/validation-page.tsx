import { useState } from 'react';
import { useFocusRequest } from '@/components/ui/use-focus-request';
import type { Assessment, Comment, HistoryEntry, Member, Response } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import type { KnownCatalogues } from '@/domain/assessment-printed-texts';
import type { Catalogue } from '@/domain/catalogue';
import { validationProgress } from '@/domain/validation';
import { recordMeetings } from '@/domain/validation-meetings';
import { formatDate, formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { DomainDecisionForm } from './domain-decision-form';
import { LockPanel } from './lock-panel';
import { MeetingForm } from './meeting-form';
import { PublishPanel } from './publish-panel';
import { ReopenForm } from './reopen-form';
import { ReservationsTranslation } from './reservations-translation';
import { ValidationHistory } from './validation-history';
import { ValidationRecordView } from './validation-record';
import './validation.css';

type Props = {
  readonly assessment: Assessment;
  readonly catalogue: Catalogue | undefined;
  readonly history: readonly HistoryEntry[];
  readonly responses: readonly Response[];
  readonly comments: readonly Comment[];
  readonly members: readonly Member[];
  /** Who is working: a member or the secretariat; null until chosen. */
  readonly memberId: string | null;
  /** Every catalogue known here, for the check of printed texts before publishing. */
  readonly known?: KnownCatalogues | undefined;
  /** An editor to open and focus, from a link of the translation view (`reservations-<domainId>`). */
  readonly focus?: string | null;
};

/** The validation screen: meeting, one decision per domain, then the lock (or the reopening). */
export function ValidationPage({ assessment, catalogue, history, responses, comments, members, memberId, known, focus = null }: Props) {
  const { t, locale } = useT('validation');
  const locked = isAssessmentLocked(assessment);
  const record = assessment.validation;
  const domainIds = catalogue?.domains.map((d) => d.id) ?? [];
  const progress = validationProgress(record, domainIds);
  const meetings = recordMeetings(record);
  const [adding, setAdding] = useState(false);
  const shownForms = meetings.length === 0 ? 1 : meetings.length + (adding ? 1 : 0);
  useFocusRequest(focus, catalogue !== undefined);
  return (
    <div className="validation-page">
      <p>{t('intro')}</p>
      <section className="card" aria-labelledby="validation-status-heading">
        <h2 id="validation-status-heading">{t('status.heading')}</h2>
        <p data-testid="validation-status" data-locked={locked}>
          {locked
            ? record?.lockedAt
              ? t('status.locked', { date: formatDateTime(record.lockedAt, locale) })
              : t('status.lockedPublished')
            : t('status.open', { decided: formatNumber(progress.decided, locale), total: formatNumber(progress.total, locale) })}
        </p>
        <p className="muted">{t('status.phase', { phase: t(`common:phases.${assessment.phase}`) })}</p>
        <p dir="auto">
          {record?.meeting
            ? t('meeting.summary', {
                date: formatDate(record.meeting.date, locale),
                place: record.meeting.place,
                number: formatNumber(record.meeting.participants.length, locale),
              })
            : t('meeting.none')}
          {meetings.length > 1 &&
            ` ${t('meeting.summaryMore', { count: meetings.length - 1, formatted: formatNumber(meetings.length - 1, locale) })}`}
        </p>
      </section>
      {!catalogue && <p role="alert">{t('catalogueMissing')}</p>}
      {locked ? (
        <>
          {assessment.phase === 'validated' && catalogue && (
            <ReservationsTranslation assessment={assessment} catalogue={catalogue} memberId={memberId} />
          )}
          {assessment.phase === 'validated' && known && <PublishPanel assessmentId={assessment.id} known={known} actorId={memberId} />}
          <ReopenForm assessmentId={assessment.id} phase={assessment.phase} memberId={memberId} />
        </>
      ) : (
        <>
          {(meetings.length === 0 ? [null] : meetings).map((meeting, index) => (
            // Keyed by what is stored, so a form shows the record again after a save or a removal.
            <MeetingForm
              key={`${index}:${JSON.stringify(meeting)}`}
              assessmentId={assessment.id}
              saved={meeting}
              memberId={memberId}
              disabled={false}
              index={index}
              count={shownForms}
            />
          ))}
          {adding ? (
            <MeetingForm
              key="new"
              assessmentId={assessment.id}
              saved={null}
              memberId={memberId}
              disabled={false}
              index={meetings.length}
              count={shownForms}
              onDone={() => setAdding(false)}
            />
          ) : (
            meetings.length > 0 && (
              <p>
                <button type="button" className="button" onClick={() => setAdding(true)} data-testid="add-meeting">
                  {t('meeting.add')}
                </button>
              </p>
            )
          )}
          {catalogue && (
            <section className="card" aria-labelledby="decisions-heading">
              <h2 id="decisions-heading">{t('decisions.heading')}</h2>
              <div className="domain-decisions">
                {catalogue.domains.map((domain) => {
                  const current = record?.decisions.find((d) => d.domainId === domain.id);
                  return (
                    <DomainDecisionForm
                      key={`${domain.id}:${current?.decidedAt ?? ''}`}
                      assessmentId={assessment.id}
                      domain={domain}
                      domainIds={domainIds}
                      current={current}
                      memberId={memberId}
                      disabled={false}
                    />
                  );
                })}
              </div>
            </section>
          )}
          {catalogue && (
            <LockPanel
              assessment={assessment}
              catalogue={catalogue}
              responses={responses}
              comments={comments}
              members={members}
              actorId={memberId}
            />
          )}
        </>
      )}
      {locked && record && catalogue && <ValidationRecordView record={record} catalogue={catalogue} members={members} />}
      <ValidationHistory entries={history} catalogue={catalogue} members={members} />
    </div>
  );
}
