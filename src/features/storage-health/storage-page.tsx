import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Assessment } from '@/domain/assessment';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';
import { BackupPanel } from './backup-panel';
import type { StorageAccess } from './health-panel';
import { HealthPanel } from './health-panel';
import { RestorePanel } from './restore-panel';

type Props = {
  readonly assessments: readonly Assessment[];
  /** The snapshot list, composed in by the app (it belongs to the exchange feature). */
  readonly renderSnapshots: (refreshKey: number) => ReactNode;
  readonly storage: StorageAccess;
};

/** Storage health, backup, restore and the automatic snapshots, on one screen. */
export function StoragePage({ assessments, renderSnapshots, storage }: Props) {
  const { t } = useT('storage-health');
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((key) => key + 1);
  return (
    <article className="exchange-page">
      <a href={hrefFor({ name: 'home' })} className="back-link">
        {t('common:back')}
      </a>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <HealthPanel refreshKey={refreshKey} storage={storage} />
      <div className="exchange-grid">
        <BackupPanel assessments={assessments} onBackedUp={refresh} />
        <RestorePanel onRestored={refresh} />
      </div>
      {renderSnapshots(refreshKey)}
    </article>
  );
}
