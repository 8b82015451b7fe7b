import type { FileTaskKind, FileTaskProgress, FileTaskRequest, FileTaskResults } from './file-task-protocol';
import type { FileLike } from './spreadsheet-file';

/** What the file worker does for each kind of request (see file-task-protocol.ts). */

/** Reads a file in chunks so the screen can show how far it got; the size was checked before. */
async function readBytes(file: Blob, onProgress: (fraction: number) => void): Promise<ArrayBuffer> {
  if (typeof file.stream !== 'function') return file.arrayBuffer();
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew after it was picked is read only up to the size that was checked.
    const chunk = value.subarray(0, Math.max(0, bytes.length - at));
    bytes.set(chunk, at);
    at += chunk.length;
    onProgress(bytes.length === 0 ? 1 : at / bytes.length);
    if (at >= bytes.length) break;
  }
  await reader.cancel();
  return at === bytes.length ? bytes.buffer : bytes.buffer.slice(0, at);
}

/** A file whose bytes are read, with progress, only if the size check lets the reader ask for them. */
function progressFile(file: File, report: (progress: FileTaskProgress) => void): FileLike {
  return {
    name: file.name,
    size: file.size,
    arrayBuffer: () =>
      readBytes(file, (fraction) => report({ stage: 'reading', fraction })).finally(() => report({ stage: 'checking', fraction: null })),
  };
}

export async function performFileTask<K extends FileTaskKind>(
  request: Extract<FileTaskRequest, { kind: K }>,
  report: (progress: FileTaskProgress) => void,
): Promise<FileTaskResults[K]> {
  return (await perform(request, report)) as FileTaskResults[K];
}

async function perform(request: FileTaskRequest, report: (progress: FileTaskProgress) => void): Promise<FileTaskResults[FileTaskKind]> {
  switch (request.kind) {
    case 'read-spreadsheet': {
      const { readSpreadsheetFile } = await import('./spreadsheet-file');
      return readSpreadsheetFile(progressFile(request.file, report));
    }
    case 'write-xlsx': {
      report({ stage: 'writing', fraction: null });
      const { exportAnswers } = await import('./spreadsheet-export');
      return exportAnswers('xlsx', request.input);
    }
    case 'read-package': {
      const { readPackageFile } = await import('./package-format');
      return readPackageFile(progressFile(request.file, report));
    }
    case 'open-backup': {
      const { isEncryptedBackup, parseBackupText, readBackupText } = await import('./backup-format');
      const text = await readBackupText(progressFile(request.file, report));
      if (request.passphrase === null && isEncryptedBackup(text)) return { kind: 'needs-passphrase' };
      return { kind: 'open', content: await parseBackupText(text, request.passphrase ?? '') };
    }
    case 'check-catalogue': {
      const { checkCatalogueFile } = await import('./catalogue-import');
      return checkCatalogueFile(progressFile(request.file, report), new Set(request.installedKeys));
    }
  }
}
