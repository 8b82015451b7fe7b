import { collectBackup } from '@/db/backup-commands';
import type { BackupContent } from '@/interchange/backup-format';
import { backupFileName, serializeBackup } from '@/interchange/backup-format';
import { downloadJson } from '@/components/download-file';

/**
 * The error screen's "download a backup": whatever the store still answers, as a normal backup
 * file (restorable on the Storage page). Loaded only when asked for, so a broken start keeps
 * working without it. Rejects when nothing could be read.
 */
export async function downloadRescueBackup(): Promise<string> {
  const content = (await collectBackup({ kind: 'all' })) as BackupContent;
  const text = await serializeBackup(content, null);
  const fileName = backupFileName(content.createdAt, null, false);
  downloadJson(text, fileName);
  return fileName;
}
