import type { Member } from '@/domain/assessment';
import { useT } from '@/i18n/use-t';
import { setCurrentMember, useUiStore } from '@/state/ui-store';

/** "Who is working here?": no passwords, one device; every change is stamped with this member. */
export function MemberPicker({ assessmentId, members }: { assessmentId: string; members: readonly Member[] }) {
  const { t } = useT('scoring');
  const current = useUiStore((state) => state.currentMembers[assessmentId] ?? '');
  const known = members.some((member) => member.id === current);
  return (
    <label className="inline-field member-picker">
      <span>{t('members.whoIsWorking')}</span>
      <select value={known ? current : ''} onChange={(event) => setCurrentMember(assessmentId, event.target.value || null)} data-testid="member-picker">
        <option value="">{t('members.nobody')}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name} ({t(`members.roles.${member.role}`)})
          </option>
        ))}
      </select>
    </label>
  );
}

/** The current member of an assessment, if they still exist in its working group. */
export function useCurrentMemberId(assessmentId: string, members: readonly Member[] | undefined): string | null {
  const current = useUiStore((state) => state.currentMembers[assessmentId] ?? null);
  return current && members?.some((member) => member.id === current) ? current : null;
}
