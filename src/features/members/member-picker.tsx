import type { Member } from '@/domain/assessment';
import { activeMembers, isSecretariat, orderMembers, SECRETARIAT_ID } from '@/domain/actor';
import { useT } from '@/i18n/use-t';
import { setCurrentMember, useUiStore } from '@/state/ui-store';

/** Members a picker offers: active ones, in the order this device prefers. */
export function usePickableMembers(members: readonly Member[]): Member[] {
  const order = useUiStore((state) => state.memberOrder);
  const { locale } = useT();
  return orderMembers(activeMembers(members), order, locale);
}

/** "Who is working here?": no passwords, one device; every change is stamped with this person. */
export function MemberPicker({ assessmentId, members }: { assessmentId: string; members: readonly Member[] }) {
  const { t } = useT('people');
  const current = useCurrentMemberId(assessmentId, members) ?? '';
  const pickable = usePickableMembers(members);
  return (
    <label className="inline-field member-picker">
      <span>{t('whoIsWorking.label')}</span>
      <select value={current} onChange={(event) => setCurrentMember(assessmentId, event.target.value || null)} data-testid="member-picker">
        {current === '' && <option value="">{t('whoIsWorking.choose')}</option>}
        {pickable.map((member) => (
          <option key={member.id} value={member.id}>
            {member.institution ? `${member.name} — ${member.institution}` : member.name}
          </option>
        ))}
        <option value={SECRETARIAT_ID}>{t('actor.secretariatOption')}</option>
      </select>
    </label>
  );
}

/**
 * Who is working on this device for this assessment: an active member or the secretariat; null
 * until someone says so (never a silent default), or when the chosen member was retired.
 */
export function useCurrentMemberId(assessmentId: string, members: readonly Member[] | undefined): string | null {
  const current = useUiStore((state) => state.currentMembers[assessmentId] ?? state.deviceActor);
  if (isSecretariat(current)) return current;
  return current && members?.some((member) => member.id === current && !member.retired) ? current : null;
}
