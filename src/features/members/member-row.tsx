import { useState } from 'react';
import type { Member, MemberRole } from '@/domain/assessment';
import { MEMBER_ROLES } from '@/domain/assessment';
import { checkMember } from '@/domain/record-validation';
import { setMemberRetiredEdit, updateMemberEdit } from '@/db/edit-session/record-edits';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

type Props = { readonly assessmentId: string; readonly member: Member; readonly actorId: string | null; readonly readOnly: boolean };

/** One member: rename, change institution or role, retire (kept for attribution) or bring back. */
export function MemberRow({ assessmentId, member, actorId, readOnly }: Props) {
  const { t, locale } = useT('scoring');
  const people = useT('people').t;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(member.name);
  const [institution, setInstitution] = useState(member.institution);
  // Worded at render, so a form error follows a language switch.
  const [error, setError] = useState<Wording | null>(null);
  const fail = (failure: unknown) => notify('error', (shown) => refusalMessage(failure, shown));
  const save = async (role: MemberRole = member.role) => {
    const input = { name, institution, role };
    const problem = checkMember(input);
    if (problem) {
      setError(() => wordingIn('scoring', `members.errors.${problem.field}`));
      return;
    }
    try {
      await updateMemberEdit(assessmentId, member.id, input, actorId);
      setEditing(false);
      setError(null);
    } catch (failure) {
      fail(failure);
    }
  };
  const changeRole = (role: MemberRole) =>
    updateMemberEdit(assessmentId, member.id, { name: member.name, institution: member.institution, role }, actorId).catch(fail);
  const retire = (retired: boolean) =>
    setMemberRetiredEdit(assessmentId, member.id, retired, actorId)
      .then(() => notify('success', wordingIn('people', retired ? 'members.retiredDone' : 'members.restoredDone', { name: member.name })))
      .catch(fail);

  return (
    <tr data-member-id={member.id} data-retired={member.retired ? 'true' : 'false'}>
      {editing ? (
        <>
          <td>
            <input
              type="text"
              aria-label={people('members.nameOf', { name: member.name })}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={Boolean(error)}
            />
            {error && (
              <span className="field__error" role="alert">
                {error(locale)}
              </span>
            )}
          </td>
          <td>
            <input
              type="text"
              aria-label={people('members.institutionOf', { name: member.name })}
              value={institution}
              onChange={(e) => setInstitution(e.target.value)}
            />
          </td>
        </>
      ) : (
        <>
          <th scope="row">
            {member.name}
            {member.retired && <span className="badge">{people('members.retiredBadge')}</span>}
          </th>
          <td>{member.institution}</td>
        </>
      )}
      <td>
        <select
          aria-label={t('members.roleOf', { name: member.name })}
          value={member.role}
          disabled={readOnly || member.retired}
          onChange={(event) => void changeRole(event.target.value as MemberRole)}
        >
          {MEMBER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`members.roles.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="member-table__actions">
        {!readOnly &&
          (editing ? (
            <>
              <button type="button" className="button button--primary" onClick={() => void save()}>
                {people('members.save')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setEditing(false);
                  setName(member.name);
                  setInstitution(member.institution);
                  setError(null);
                }}
              >
                {people('members.cancel')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button"
                onClick={() => setEditing(true)}
                aria-label={people('members.editOf', { name: member.name })}
              >
                {people('members.edit')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void retire(!member.retired)}
                aria-label={people(member.retired ? 'members.restoreOf' : 'members.retireOf', { name: member.name })}
              >
                {people(member.retired ? 'members.restore' : 'members.retire')}
              </button>
            </>
          ))}
      </td>
    </tr>
  );
}
