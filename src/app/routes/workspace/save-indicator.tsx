import { useEffect } from 'react';
import { useLastEditError, useSaveState } from '@/db/edit-session/use-edit-field';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { notify } from '@/state/ui-store';

/**
 * The assessment's one save state, always visible. data-state is a contract: "saving" while
 * anything typed or changed is not stored yet (a focused, unsaved text included), "saved" once
 * IndexedDB committed it (the keypress benchmark waits on it), "full" while writes wait for disk
 * space, "error" when a write was refused or failed. A refusal or failure is also announced once.
 */
export function SaveIndicator({ assessmentId }: { assessmentId: string }) {
  const { t, locale } = useT('edit');
  const state = useSaveState(assessmentId);
  const lastError = useLastEditError(assessmentId);
  useEffect(() => {
    if (lastError !== null) notify('error', refusalMessage(lastError, locale));
  }, [lastError, locale]);
  return (
    <span className={`save-state save-state--${state}`} data-testid="save-state" data-state={state} role="status">
      {t(`save.${state}`)}
    </span>
  );
}
