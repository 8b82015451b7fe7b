import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useKeysWithin } from '@/components/ui/use-keys-within';
import type { Member, Response, Source } from '@/domain/assessment';
import { CONFIDENCE_LEVELS } from '@/domain/assessment';
import type { Confidence, ResponseStatus } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import type { Locale } from '@/domain/localized-text';
import { localize, textDirection } from '@/domain/localized-text';
import { allowedStatusMoves, changeNeedsReason } from '@/domain/scoring';
import { useT } from '@/i18n/use-t';
import { useFocusRequest } from '@/components/ui/use-focus-request';
import { AnswerPicker } from './answer-picker';
import { BilingualResponseField } from './bilingual-response-field';
import { ConsensusPanel } from './consensus-panel';
import { HistoryList } from './history-list';
import { SourcesPanel } from './sources-panel';
import { useResponseEditing } from './use-response-editing';
import './indicator-detail.css';

type Props = {
  readonly assessmentId: string;
  readonly indicator: Indicator;
  readonly response: Response | undefined;
  readonly sources: readonly Source[];
  readonly members: readonly Member[];
  readonly currentMemberId: string | null;
  readonly readOnly: boolean;
  /** Locked by validation but not yet published: the other language of its texts may still be written. */
  readonly translatable?: boolean;
  /** A text to open and focus, from a link: `justification`, `notApplicableReason` or `source:<id>`. */
  readonly focus?: string | null;
  readonly onClose: () => void;
  /** The comments and review thread, composed in by the app. */
  readonly children?: ReactNode;
};

/** Everything about one indicator: answer, justification, sources, consensus, discussion, history. */
export function IndicatorDetail({
  assessmentId,
  indicator,
  response,
  sources,
  members,
  currentMemberId,
  readOnly,
  translatable = false,
  focus = null,
  onClose,
  children,
}: Props) {
  const { t, locale } = useT('scoring');
  const [reason, setReason] = useState('');
  const [otherLanguage, setOtherLanguage] = useState(false);
  const editing = useResponseEditing({ assessmentId, indicator, response, memberId: currentMemberId, reason });
  const current = editing.current;
  const needsReason = changeNeedsReason(current.status);
  const locked = readOnly || (needsReason && reason.trim() === '');
  const other: Locale = locale === 'en' ? 'ar' : 'en';
  const statusChoices: ResponseStatus[] = [current.status, ...allowedStatusMoves(current.status)];
  // Translating changes no answer: no reason needed once agreed, and still allowed after validation.
  const translationOnly = readOnly ? translatable : false;
  useFocusRequest(focus, true);
  const region = useRef<HTMLElement>(null);
  useKeysWithin(region, (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onClose();
  });

  return (
    <section className="indicator-detail" aria-labelledby="indicator-detail-title" data-testid="indicator-detail" ref={region}>
      <header className="indicator-detail__header">
        <h2 id="indicator-detail-title">
          <span className="indicator-detail__id">{indicator.id}</span> {localize(indicator.question, locale)}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <p className="indicator-detail__guidance">{localize(indicator.guidance, locale)}</p>
      <button type="button" className="link-button" aria-expanded={otherLanguage} onClick={() => setOtherLanguage(!otherLanguage)}>
        {t('detail.otherLanguage', { language: t(`common:languages.${other}`) })}
      </button>
      {otherLanguage && (
        <div className="indicator-detail__other" lang={other} dir={textDirection(other)}>
          <p>
            <strong>{indicator.question[other]}</strong>
          </p>
          <p>{indicator.guidance[other]}</p>
        </div>
      )}

      {needsReason && !readOnly && (
        <div className="field reason-field">
          <label htmlFor="change-reason">{t('detail.reason')}</label>
          <span className="field__hint" id="change-reason-hint">
            {t('detail.reasonHint')}
          </span>
          <input
            id="change-reason"
            type="text"
            value={reason}
            aria-describedby="change-reason-hint"
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}

      <AnswerPicker
        indicator={indicator}
        response={current}
        disabled={locked}
        onPick={(answer) => editing.save({ answer })}
        onNotApplicable={(notApplicable) => editing.save({ notApplicable })}
      />
      {current.notApplicable && (
        <BilingualResponseField
          label={t('detail.notApplicableReason')}
          field="notApplicableReason"
          text={editing.text.notApplicableReason}
          translations={editing.translations}
          disabled={locked}
          translationOnly={translationOnly || (!readOnly && locked)}
          rows={2}
        />
      )}
      <BilingualResponseField
        label={t('detail.justification')}
        field="justification"
        text={editing.text.justification}
        translations={editing.translations}
        disabled={locked}
        translationOnly={translationOnly || (!readOnly && locked)}
      />

      <div className="detail-grid">
        <label className="field">
          <span>{t('detail.confidence')}</span>
          <select
            value={current.confidence ?? ''}
            disabled={locked}
            onChange={(event) => editing.save({ confidence: (event.target.value || null) as Confidence | null })}
          >
            <option value="">{t('detail.noConfidence')}</option>
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`confidence.${level}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('detail.assignee')}</span>
          <select
            value={current.assigneeId ?? ''}
            disabled={locked}
            onChange={(event) => editing.save({ assigneeId: event.target.value || null })}
          >
            <option value="">{t('table.unassigned')}</option>
            {/* Retired members are offered no more; one still assigned stays shown, marked. */}
            {members
              .filter((member) => !member.retired || member.id === current.assigneeId)
              .map((member) => (
                <option key={member.id} value={member.id}>
                  {member.retired ? t('people:members.retiredName', { name: member.name }) : member.name}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span>{t('detail.status')}</span>
          <select
            value={current.status}
            disabled={locked}
            data-testid="status-select"
            onChange={(event) => editing.save({ status: event.target.value as ResponseStatus })}
          >
            {statusChoices.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <SourcesPanel
        assessmentId={assessmentId}
        indicatorId={indicator.id}
        sources={sources}
        memberId={currentMemberId}
        reason={reason}
        disabled={locked}
        translatable={translationOnly || (!readOnly && locked)}
        focus={focus}
      />
      <ConsensusPanel
        indicator={indicator}
        response={current}
        members={members}
        currentMemberId={currentMemberId}
        disabled={locked}
        editing={editing}
      />
      {children}
      <HistoryList assessmentId={assessmentId} indicator={indicator} members={members} />
    </section>
  );
}
