import { ExchangeError } from '@/domain/merge-errors';
import type { SchemaProblem } from '@/domain/schema-problem-kinds';
import type { BackupContent } from './backup-format';
import type { CheckedCatalogue } from './catalogue-import';
import type { MemberPackage } from './package-format';
import type { SpreadsheetExportInput } from './spreadsheet-export';
import type { SpreadsheetReadResult } from './spreadsheet-file';

/**
 * The work on a user's file that could take long: reading spreadsheets, member packages, backups
 * and catalogue files, and writing XLSX. It runs in the file worker (file-task.worker.ts runs
 * file-task.ts), so a large or hostile file never freezes the page; file-task-client.ts starts it
 * with progress, cancel and a time limit. Each reader checks the file's size before reading a
 * byte. The same code runs on the main thread where there are no workers (component tests).
 */

export type FileTaskRequest =
  | { readonly kind: 'read-spreadsheet'; readonly file: File }
  | { readonly kind: 'write-xlsx'; readonly input: SpreadsheetExportInput }
  | { readonly kind: 'read-package'; readonly file: File }
  | { readonly kind: 'open-backup'; readonly file: File; readonly passphrase: string | null }
  | { readonly kind: 'check-catalogue'; readonly file: File; readonly installedKeys: readonly string[] };

export type FileTaskKind = FileTaskRequest['kind'];

export type BackupOpening = { readonly kind: 'needs-passphrase' } | { readonly kind: 'open'; readonly content: BackupContent };

export type FileTaskResults = {
  readonly 'read-spreadsheet': SpreadsheetReadResult;
  readonly 'write-xlsx': { readonly blob: Blob; readonly fileName: string };
  readonly 'read-package': MemberPackage;
  readonly 'open-backup': BackupOpening;
  readonly 'check-catalogue': CheckedCatalogue;
};

export type FileTaskStage = 'reading' | 'checking' | 'writing';
export type FileTaskProgress = {
  readonly stage: FileTaskStage;
  /** 0…1, or null when the step cannot tell. */ readonly fraction: number | null;
};

/**
 * How long each kind may take before the worker is stopped. Far above what an honest file needs
 * on an old laptop (an 80 MB backup with key derivation takes well under a minute), so only a
 * file that would never finish meets it.
 */
export const FILE_TIME_LIMITS_MS: Readonly<Record<FileTaskKind, number>> = {
  'read-spreadsheet': 60_000,
  'write-xlsx': 60_000,
  'read-package': 90_000,
  'open-backup': 180_000,
  'check-catalogue': 60_000,
};

/** An error as it crosses from the worker to the page: ExchangeError keeps its code and problem. */
export type FileTaskFailure = {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly detail?: Readonly<Record<string, string | number>>;
  readonly problem?: SchemaProblem | null;
};

export function describeFailure(error: unknown): FileTaskFailure {
  if (error instanceof ExchangeError)
    return { name: error.name, message: error.message, code: error.code, detail: { ...error.detail }, problem: error.problem };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function reviveFailure(failure: FileTaskFailure): Error {
  if (failure.name === 'ExchangeError' && failure.code) {
    return new ExchangeError(failure.code as ExchangeError['code'], failure.detail ?? {}, failure.problem ?? null);
  }
  return Object.assign(new Error(failure.message), { name: failure.name });
}
