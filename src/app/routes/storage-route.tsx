import { useAssessments } from '@/db/live';
import { SnapshotList } from '@/features/exchange/snapshot-list';
import type { StorageAccess } from '@/features/storage-health/health-panel';
import { StoragePage } from '@/features/storage-health/storage-page';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';

/** `#/storage`: storage health, backup and restore, and every assessment's snapshots. */
export function StorageRoute({ storage }: { storage: StorageAccess }) {
  const { locale } = useT('storage-health');
  const assessments = useAssessments() ?? [];
  const nameOf = (id: string) => {
    const found = assessments.find((item) => item.id === id);
    return found ? `${assessmentName(found, locale)} ${found.year}` : id;
  };
  return (
    <StoragePage
      assessments={assessments}
      storage={storage}
      renderSnapshots={(refreshKey) => <SnapshotList assessmentId={null} memberId={null} refreshKey={refreshKey} nameOf={nameOf} />}
    />
  );
}
