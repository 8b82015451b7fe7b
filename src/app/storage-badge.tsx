import { useEffect, useState } from 'react';
import type { PersistenceState } from '@/db/persistence';
import { persistenceState, requestPersistence } from '@/db/persistence';
import { useT } from '@/i18n/use-t';

/** Shows whether the browser has promised to keep our data, and asks for it once at start. */
export function StorageBadge() {
  const { t } = useT();
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => {
    let active = true;
    void requestPersistence().then(async (requested) => {
      const current = requested === 'unsupported' ? requested : await persistenceState();
      if (active) setState(current);
    });
    return () => {
      active = false;
    };
  }, []);
  if (state === null) return null;
  return (
    <span
      className={`badge badge--${state}`}
      data-testid="storage-state"
      data-state={state}
      title={state === 'persisted' ? t('storage.persistedHint') : t('storage.bestEffortHint')}
    >
      {t(`storage.${state}`)}
      {state === 'best-effort' && (
        <button type="button" className="link-button" onClick={() => void requestPersistence().then(setState)}>
          {t('storage.askPersist')}
        </button>
      )}
    </span>
  );
}
