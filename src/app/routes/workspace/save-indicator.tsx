import { useEffect, useEffectEvent, useRef } from 'react';
import { StorageFailure } from '@/domain/storage-failure';
import { useLastEditError, useSaveState } from '@/db/edit-session/use-edit-field';
import { refusalMessage } from '@/i18n/refusal-message';
import { useT } from '@/i18n/use-t';
import { dismissNotice, notify } from '@/state/ui-store';
import { wordingIn } from '@/i18n/wording';

/**
 * The assessment's one save state, always visible. data-state is a contract: "saving" while
 * anything typed or changed is not stored yet (a focused, unsaved text included), "saved" once
 * IndexedDB committed it (the keypress benchmark waits on it), "full" while writes wait for disk
 * space, "error" when a write was refused or failed. A refusal or failure is also announced once.
 */
export function SaveIndicator({ assessmentId }: { assessmentId: string }) {
  const { t } = useT('edit');
  const state = useSaveState(assessmentId);
  const lastError = useLastEditError(assessmentId);
  const fullNotice = useRef<number | null>(null);
  // Effect events read the current language without re-announcing an old error when it changes.
  const announce = useEffectEvent((error: unknown) => {
    if (error instanceof StorageFailure && error.kind === 'quota-exceeded') {
      // Said once while writes wait (each retry fails again), and in the words of the edit session:
      // the text is kept and saved by itself, which the generic storage message does not say.
      if (fullNotice.current === null) fullNotice.current = notify('error', wordingIn('edit', 'full.message'));
      return;
    }
    notify('error', (shown) => refusalMessage(error, shown));
  });
  const spaceIsBack = useEffectEvent(() => {
    if (fullNotice.current === null) return;
    dismissNotice(fullNotice.current);
    fullNotice.current = null;
    notify('success', wordingIn('edit', 'full.resolved'));
  });
  useEffect(() => {
    if (lastError !== null) announce(lastError);
  }, [lastError]);
  useEffect(() => {
    if (state === 'saved') spaceIsBack();
  }, [state]);
  return (
    <span className={`save-state save-state--${state}`} data-testid="save-state" data-state={state} role="status">
      {t(`save.${state}`)}
    </span>
  );
}
