import { useEffect, useRef, useState } from 'react';
import type { Member, Response } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { answerSpread } from '@/domain/consensus';
import { changeNeedsReason } from '@/domain/scoring';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useKeysWithin } from '@/components/ui/use-keys-within';
import { useResponseEditing } from './use-response-editing';

type Props = {
  readonly assessmentId: string;
  readonly indicators: readonly Indicator[];
  readonly responses: ReadonlyMap<string, Response>;
  readonly members: readonly Member[];
  readonly currentMemberId: string | null;
  readonly readOnly: boolean;
  readonly startId: string | null;
  readonly onClose: (indicatorId: string) => void;
};

/**
 * The consensus meeting on a projector: one indicator at a time in large type, the members'
 * answers side by side, and the agreed answer recorded with one click.
 */
export function RoomMode({ assessmentId, indicators, responses, members, currentMemberId, readOnly, startId, onClose }: Props) {
  const { t, locale } = useT('scoring');
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      indicators.findIndex((indicator) => indicator.id === startId),
    ),
  );
  const dialog = useRef<HTMLDivElement>(null);
  const indicator = indicators[index] ?? indicators[0];
  useEffect(() => {
    dialog.current?.focus();
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  const close = () => {
    if (indicator) onClose(indicator.id);
  };
  const go = (step: number) => setIndex((current) => Math.max(0, Math.min(indicators.length - 1, current + step)));
  // A modal dialog: Tab cycles through its own controls only.
  const keepFocusInside = (event: KeyboardEvent) => {
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button:not(:disabled), select:not(:disabled)') ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) last.focus();
    else if (!event.shiftKey && document.activeElement === last) first.focus();
    else return;
    event.preventDefault();
  };
  useKeysWithin(dialog, (event) => {
    if (event.key === 'Escape') close();
    else if (event.key === 'PageDown') go(1);
    else if (event.key === 'PageUp') go(-1);
    else if (event.key === 'Tab') return keepFocusInside(event);
    else return;
    event.preventDefault();
  });
  if (!indicator) return null;
  return (
    <div
      className="room-mode"
      role="dialog"
      aria-modal="true"
      aria-labelledby="room-question"
      tabIndex={-1}
      ref={dialog}
      data-testid="room-mode"
    >
      <div className="room-mode__bar">
        <span>
          {t('room.position', { index: formatNumber(index + 1, locale), total: formatNumber(indicators.length, locale) })}
          <span className="room-mode__keys"> · {t('room.keys')}</span>
        </span>
        <div className="button-row">
          <button type="button" onClick={() => go(-1)} disabled={index === 0}>
            {t('room.previous')}
          </button>
          <button type="button" onClick={() => go(1)} disabled={index === indicators.length - 1}>
            {t('room.next')}
          </button>
          <button type="button" onClick={close}>
            {t('room.exit')}
          </button>
        </div>
      </div>
      <RoomIndicator
        key={indicator.id}
        assessmentId={assessmentId}
        indicator={indicator}
        response={responses.get(indicator.id)}
        members={members}
        currentMemberId={currentMemberId}
        readOnly={readOnly}
      />
    </div>
  );
}

type IndicatorProps = Omit<Props, 'indicators' | 'responses' | 'startId' | 'onClose'> & {
  readonly indicator: Indicator;
  readonly response: Response | undefined;
};

function RoomIndicator({ assessmentId, indicator, response, members, currentMemberId, readOnly }: IndicatorProps) {
  const { t, locale } = useT('scoring');
  const editing = useResponseEditing({ assessmentId, indicator, response, memberId: currentMemberId, reason: '' });
  const current = editing.current;
  const spread = answerSpread(indicator, current);
  const canAgree = !readOnly && !changeNeedsReason(current.status);
  return (
    <div className="room-mode__body">
      <p className="room-mode__id">{indicator.id}</p>
      <h2 id="room-question" className="room-mode__question">
        {localize(indicator.question, locale)}
      </h2>
      <p className="room-mode__guidance">{localize(indicator.guidance, locale)}</p>
      <div className="room-mode__options" role="group" aria-label={t('room.agreedAnswer')}>
        {spread.counts.map(({ option, count }) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={current.answer === option.value}
            disabled={!canAgree}
            className={`room-option answer-option--${option.level}`}
            onClick={() => editing.save({ answer: option.value, status: current.status === 'agreed' ? current.status : 'agreed' })}
          >
            <span className="room-option__label">{localize(option.label, locale)}</span>
            <span className="room-option__votes">{t('room.votes', { formatted: formatNumber(count, locale) })}</span>
          </button>
        ))}
      </div>
      {!canAgree && !readOnly && <p className="muted">{t('room.alreadyAgreed')}</p>}
      <ul className="room-mode__members">
        {members.map((member) => {
          const answer = current.memberAnswers[member.id];
          const option = indicator.scale.options.find((candidate) => candidate.value === answer?.answer);
          return (
            <li key={member.id}>
              <strong>{member.name}</strong>:{' '}
              {readOnly ? (
                option ? (
                  localize(option.label, locale)
                ) : (
                  t('consensus.notGiven')
                )
              ) : (
                // The facilitator records each member's answer as they give it; history names both.
                <select
                  aria-label={t('room.answerOf', { name: member.name })}
                  value={answer?.answer ?? ''}
                  onChange={(event) =>
                    editing.saveMemberAnswer(
                      member.id,
                      event.target.value ? { answer: event.target.value, note: answer?.note ?? '', at: new Date().toISOString() } : null,
                    )
                  }
                >
                  <option value="">{t('consensus.notGiven')}</option>
                  {indicator.scale.options.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {localize(choice.label, locale)}
                    </option>
                  ))}
                </select>
              )}
              {answer?.note && <span className="muted"> — {answer.note}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
