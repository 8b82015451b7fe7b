import { useSaveState } from '@/db/save-queue';
import { useT } from '@/i18n/use-t';

/**
 * Saved / saving, always visible. data-state is a contract: "saving" while a write is pending,
 * "saved" once IndexedDB committed it (the keypress benchmark waits on it).
 */
export function SaveIndicator() {
  const { t } = useT('scoring');
  const state = useSaveState();
  return (
    <span className={`save-state save-state--${state}`} data-testid="save-state" data-state={state} role="status">
      {t(`save.${state}`)}
    </span>
  );
}
