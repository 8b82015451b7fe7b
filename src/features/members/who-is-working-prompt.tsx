import { useEffect, useRef, useState } from 'react';
import type { Member } from '@/domain/assessment';
import { SECRETARIAT_ID } from '@/domain/actor';
import { useT } from '@/i18n/use-t';
import { setCurrentMember, setDeviceActor } from '@/state/ui-store';
import { usePickableMembers } from './member-picker';

type Props = { readonly assessmentId: string; readonly members: readonly Member[]; readonly onAddMembers: () => void };

/**
 * Asked before the first change on this device: every change is recorded under a person's name,
 * so nobody is chosen silently. A modal dialog (the native one traps focus and Escape is refused:
 * the question has to be answered, though "add members first" is always an answer).
 */
export function WhoIsWorkingPrompt({ assessmentId, members, onAddMembers }: Props) {
  const { t } = useT('people');
  const pickable = usePickableMembers(members);
  const dialog = useRef<HTMLDialogElement>(null);
  const [everywhere, setEverywhere] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    return () => element?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="who-prompt"
      aria-labelledby="who-prompt-title"
      data-testid="who-is-working-prompt"
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="who-prompt-title">{t('whoIsWorking.promptTitle')}</h2>
      <p>{t('whoIsWorking.promptText')}</p>
      <ul className="who-prompt__choices">
        {pickable.map((member) => (
          <li key={member.id}>
            <button type="button" className="button" onClick={() => setCurrentMember(assessmentId, member.id)}>
              {member.institution ? t('whoIsWorking.memberChoice', { name: member.name, institution: member.institution }) : member.name}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (everywhere) setDeviceActor(SECRETARIAT_ID);
              setCurrentMember(assessmentId, SECRETARIAT_ID);
            }}
          >
            {t('actor.secretariatOption')}
          </button>
          <label className="inline-field">
            <input type="checkbox" checked={everywhere} onChange={(event) => setEverywhere(event.target.checked)} />
            {t('whoIsWorking.secretariatEverywhere')}
          </label>
        </li>
      </ul>
      <p className="muted">{pickable.length === 0 ? t('whoIsWorking.noMembers') : t('whoIsWorking.changeLater')}</p>
      <button type="button" className="link-button" onClick={onAddMembers}>
        {t('whoIsWorking.addMembersFirst')}
      </button>
    </dialog>
  );
}
