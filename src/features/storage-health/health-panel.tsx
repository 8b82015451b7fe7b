import { useEffect, useId, useState } from 'react';
import type { BackupHealth } from '@/db/backup-commands';
import { BACKUP_REMINDER_DAYS, backupHealth } from '@/db/backup-commands';
import type { PersistenceState, StorageEstimate } from '@/db/persistence';
import { formatBytes, formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

/**
 * The browser-storage calls of db/persistence.ts, handed in by the app shell: that module belongs
 * to the start bundle, and importing it from this lazy screen would split it into an extra chunk.
 */
export type StorageAccess = {
  readonly persistenceState: () => Promise<PersistenceState>;
  readonly requestPersistence: () => Promise<PersistenceState>;
  readonly storageEstimate: () => Promise<StorageEstimate>;
};

type Health = BackupHealth & { readonly persistence: PersistenceState } & StorageEstimate;

/** Is the data protected from eviction, how much room is used, and when was the last backup. */
export function HealthPanel({ refreshKey, storage }: { refreshKey: number; storage: StorageAccess }) {
  const { t, locale } = useT('storage-health');
  const titleId = useId();
  const [health, setHealth] = useState<Health | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let active = true;
    void Promise.all([backupHealth(), storage.persistenceState(), storage.storageEstimate()]).then(([backup, persistence, estimate]) => {
      if (active) setHealth({ ...backup, persistence, ...estimate });
    });
    return () => {
      active = false;
    };
  }, [refreshKey, asked, storage]);

  async function askPersistence() {
    await storage.requestPersistence();
    setAsked((value) => value + 1);
  }

  return (
    <section aria-labelledby={titleId} className="card exchange-section" data-testid="storage-health">
      <h2 id={titleId}>{t('health.title')}</h2>
      {health === null ? (
        <p>{t('common:loading')}</p>
      ) : (
        <>
          {health.remind && (
            <p className="banner banner--error" data-testid="backup-reminder">
              {t('health.reminder', { days: formatNumber(BACKUP_REMINDER_DAYS, locale), count: health.changesSinceBackup })}
            </p>
          )}
          <dl className="merge-summary">
            <div className="merge-summary__row">
              <dt>{t('health.persistence')}</dt>
              <dd data-testid="persistence-state" data-state={health.persistence}>
                {t(`health.persistenceStates.${health.persistence}`)}
              </dd>
            </div>
            <div className="merge-summary__row">
              <dt>{t('health.usage')}</dt>
              <dd>
                {health.usage === null
                  ? t('health.unknown')
                  : health.quota === null
                    ? formatBytes(health.usage, locale)
                    : t('health.usageOfQuota', { usage: formatBytes(health.usage, locale), quota: formatBytes(health.quota, locale) })}
              </dd>
            </div>
            <div className="merge-summary__row">
              <dt>{t('health.lastBackup')}</dt>
              <dd data-testid="last-backup">{health.lastBackupAt ? formatDateTime(health.lastBackupAt, locale) : t('health.never')}</dd>
            </div>
            <div className="merge-summary__row">
              <dt>{t('health.changesSince')}</dt>
              <dd data-testid="changes-since-backup">{formatNumber(health.changesSinceBackup, locale)}</dd>
            </div>
          </dl>
          {health.persistence === 'best-effort' && (
            <p>
              {t('health.notProtected')}{' '}
              <button type="button" className="button" onClick={() => void askPersistence()}>
                {t('health.askPersist')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
