import { useId } from 'react';
import { formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import './file-task-progress.css';

/** What the file worker reports (interchange/file-task.ts), restated so components stay below interchange. */
export type FileProgress = { readonly stage: 'reading' | 'checking' | 'writing'; readonly fraction: number | null };

/**
 * Shown while a file is read, checked or written in the file worker: what is happening, how far
 * it got when that is known, and a Cancel button that stops the worker at once. Needs the
 * `refusals` namespace.
 */
export function FileTaskProgress({
  progress,
  onCancel,
  testId,
}: {
  readonly progress: FileProgress;
  readonly onCancel: () => void;
  readonly testId: string;
}) {
  const { t, locale } = useT('refusals');
  const id = useId();
  const percent = progress.fraction === null ? '' : formatPercent(progress.fraction, locale);
  return (
    <div className="file-task-progress" data-testid={testId}>
      <label htmlFor={id}>{t(`fileTask.${progress.stage}`, { percent })}</label>
      {/* No value = an indeterminate bar: the step cannot say how far it is. */}
      <progress id={id} max={1} {...(progress.fraction === null ? {} : { value: progress.fraction })} />
      <button type="button" className="button" onClick={onCancel}>
        {t('fileTask.cancel')}
      </button>
    </div>
  );
}
