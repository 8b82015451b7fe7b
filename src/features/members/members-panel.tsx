import { useState } from 'react';
import type { Member, MemberRole } from '@/domain/assessment';
import { MEMBER_ROLES } from '@/domain/assessment';
import type { MemberOrder } from '@/domain/actor';
import { MEMBER_ORDERS, orderMembers } from '@/domain/actor';
import type { MemberInput } from '@/domain/record-validation';
import { checkMember } from '@/domain/record-validation';
import { Field } from '@/components/ui/field';
import { addMemberEdit } from '@/db/edit-session/record-edits';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { setMemberOrder, useUiStore } from '@/state/ui-store';
import { MemberRow } from './member-row';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

type Props = {
  readonly assessmentId: string;
  readonly members: readonly Member[];
  readonly currentMemberId: string | null;
  readonly readOnly: boolean;
};

const EMPTY: MemberInput = { name: '', institution: '', role: 'member' };

/** The working group: who takes part, from which institution, in which role. */
export function MembersPanel({ assessmentId, members, currentMemberId, readOnly }: Props) {
  const { t, locale } = useT('scoring');
  const people = useT('people').t;
  const order = useUiStore((state) => state.memberOrder);
  const [input, setInput] = useState<MemberInput>(EMPTY);
  // Worded at render, so a form error follows a language switch.
  const [error, setError] = useState<{ field: string; message: Wording } | null>(null);
  const set = <K extends keyof MemberInput>(key: K, value: MemberInput[K]) => setInput((previous) => ({ ...previous, [key]: value }));

  const submit = async () => {
    const problem = checkMember(input);
    if (problem) {
      setError({ field: problem.field, message: wordingIn('scoring', `members.errors.${problem.field}`) });
      return;
    }
    try {
      // Adding someone never makes them "who is working": that is asked, not assumed.
      await addMemberEdit(assessmentId, input, currentMemberId);
      setInput(EMPTY);
      setError(null);
    } catch (failure) {
      setError({ field: 'form', message: (shown) => refusalMessage(failure, shown) });
    }
  };
  return (
    <section className="members-panel" aria-labelledby="members-title" data-testid="members-panel">
      <h2 id="members-title">{t('members.heading')}</h2>
      {members.length === 0 && <p className="muted">{t('members.none')}</p>}
      <label className="inline-field">
        <span>{people('members.order')}</span>
        <select value={order} onChange={(event) => setMemberOrder(event.target.value as MemberOrder)} data-testid="member-order">
          {MEMBER_ORDERS.map((option) => (
            <option key={option} value={option}>
              {people(`members.orders.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <table className="member-table">
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.institution')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{people('members.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {orderMembers(members, order, locale).map((member) => (
            <MemberRow
              key={`${member.id}:${member.name}:${member.institution}`}
              assessmentId={assessmentId}
              member={member}
              actorId={currentMemberId}
              readOnly={readOnly}
            />
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <form
          className="member-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h3>{t('members.add')}</h3>
          <div className="detail-grid">
            <Field label={t('members.name')} error={error?.field === 'name' ? error.message(locale) : undefined}>
              {(control) => <input {...control} type="text" value={input.name} onChange={(event) => set('name', event.target.value)} />}
            </Field>
            <Field label={t('members.institution')} error={error?.field === 'institution' ? error.message(locale) : undefined}>
              {(control) => (
                <input {...control} type="text" value={input.institution} onChange={(event) => set('institution', event.target.value)} />
              )}
            </Field>
            <Field label={t('members.role')}>
              {(control) => (
                <select {...control} value={input.role} onChange={(event) => set('role', event.target.value as MemberRole)}>
                  {MEMBER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`members.roles.${role}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {error?.field === 'form' && (
            <p role="alert" className="field__error">
              {error.message(locale)}
            </p>
          )}
          <button type="submit" className="button button--primary">
            {t('members.addButton')}
          </button>
        </form>
      )}
    </section>
  );
}
