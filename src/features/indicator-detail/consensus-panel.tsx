import { useState } from 'react';
import type { Member, Response } from '@/domain/assessment';
import type { Indicator } from '@/domain/catalogue';
import { findOption } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { answerSpread } from '@/domain/consensus';
import { isSecretariat } from '@/domain/actor';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { AutosaveTextarea } from './autosave-textarea';
import type { ResponseEditing } from './use-response-editing';

type Props = {
  readonly indicator: Indicator;
  readonly response: Response;
  readonly members: readonly Member[];
  readonly currentMemberId: string | null;
  readonly disabled: boolean;
  readonly editing: ResponseEditing;
};

/** Each member's independent answer, how far apart they are, and what the group agreed and why. */
export function ConsensusPanel({ indicator, response, members, currentMemberId: actorId, disabled, editing }: Props) {
  // The secretariat records the group's answer but has no independent answer of its own.
  const currentMemberId = isSecretariat(actorId) ? null : actorId;
  const { t, locale } = useT('scoring');
  const spread = answerSpread(indicator, response);
  const mine = currentMemberId ? (response.memberAnswers[currentMemberId] ?? null) : null;
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const note = noteDraft ?? mine?.note ?? '';
  const agreed = findOption(indicator, response.answer);
  const label = (value: string | null) => {
    const option = findOption(indicator, value);
    return option ? localize(option.label, locale) : t('consensus.noAnswer');
  };
  const saveMine = (answer: string | null, nextNote: string) => {
    if (!currentMemberId) return;
    editing.saveMemberAnswer(
      currentMemberId,
      answer === null && nextNote.trim() === '' ? null : { answer, note: nextNote, at: new Date().toISOString() },
    );
  };

  return (
    <section className="detail-section" aria-labelledby="consensus-title">
      <h3 id="consensus-title">{t('consensus.heading')}</h3>
      {currentMemberId && !disabled ? (
        <div className="detail-grid">
          <label className="field">
            <span>{t('consensus.myAnswer')}</span>
            <select value={mine?.answer ?? ''} onChange={(event) => saveMine(event.target.value || null, note)}>
              <option value="">{t('consensus.noAnswer')}</option>
              {indicator.scale.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {localize(option.label, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('consensus.myNote')}</span>
            <input
              type="text"
              value={note}
              onChange={(event) => setNoteDraft(event.target.value)}
              onBlur={() => {
                if (note !== (mine?.note ?? '')) saveMine(mine?.answer ?? null, note);
              }}
            />
          </label>
        </div>
      ) : (
        !currentMemberId && <p className="muted">{t('consensus.pickMember')}</p>
      )}
      <table className="member-answers">
        <caption className="visually-hidden">{t('consensus.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('consensus.answer')}</th>
            <th scope="col">{t('consensus.note')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const answer = response.memberAnswers[member.id];
            return (
              <tr key={member.id}>
                <th scope="row">
                  {member.name} <span className="muted">({t(`members.roles.${member.role}`)})</span>
                </th>
                <td>{answer ? label(answer.answer) : <span className="muted">{t('consensus.notGiven')}</span>}</td>
                <td>{answer?.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p data-testid="answer-spread">
        {t('consensus.spread')}{' '}
        {spread.counts.map((entry) => `${localize(entry.option.label, locale)}: ${formatNumber(entry.count, locale)}`).join(' · ')}
        {spread.total > 0 && ` — ${spread.unanimous ? t('consensus.unanimous') : t('consensus.divided')}`}
      </p>
      <p>
        <strong>{t('consensus.agreed')}</strong>{' '}
        {agreed
          ? localize(agreed.label, locale)
          : response.notApplicable
            ? t('common:answerStates.not-applicable')
            : t('consensus.noAnswer')}
      </p>
      <AutosaveTextarea label={t('consensus.rationale')} field={editing.text.agreedRationale} disabled={disabled} rows={3} />
      <AutosaveTextarea label={t('consensus.dissent')} field={editing.text.dissent} disabled={disabled} rows={2} />
    </section>
  );
}
