import { useId, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { assertStoreSchemaSupported, RestoreCancelled, restoreEverything, restoreOneAssessment } from '@/db/backup-commands';
import { assessmentName } from '@/i18n/assessment-name';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { BackupContent } from '@/interchange/backup-format';
import { runFileTask } from '@/interchange/file-task-client';
import { MAX_BACKUP_BYTES } from '@/interchange/package-file-guard';
import type { FileProgress } from '@/components/ui/file-task-progress';
import { FileTaskProgress } from '@/components/ui/file-task-progress';
import { exchangeRefusal } from '@/interchange/package-error-text';
import { RefusalMessage } from '@/components/ui/refusal-message';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'reading'; readonly progress: FileProgress; readonly file: File }
  | { readonly kind: 'writing'; readonly content: BackupContent; readonly done: number; readonly total: number }
  | { readonly kind: 'locked'; readonly file: File }
  | { readonly kind: 'ready'; readonly content: BackupContent }
  | { readonly kind: 'done'; readonly content: BackupContent };

/**
 * Restore: read and validate the whole file first (nothing is written), show what it holds, then
 * write it in one transaction. A failure at any step leaves the store as it was.
 */
export function RestorePanel({ onRestored }: { onRestored: () => void }) {
  const { t, locale } = useT('storage-health');
  const id = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  // The failure itself, worded at render: its message follows a language switch.
  const [error, setError] = useState<{ readonly failure: unknown } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const reading = useRef<AbortController | null>(null);

  /** Reads, decrypts and checks the whole file in the file worker; nothing is written yet. */
  async function open(file: File, withPassphrase: string | null) {
    setError(null);
    const controller = new AbortController();
    reading.current = controller;
    setStage({ kind: 'reading', file, progress: { stage: 'reading', fraction: 0 } });
    try {
      const opened = await runFileTask(
        { kind: 'open-backup', file, passphrase: withPassphrase },
        { signal: controller.signal, onProgress: (progress) => setStage({ kind: 'reading', file, progress }) },
      );
      if (opened.kind === 'needs-passphrase') {
        setStage({ kind: 'locked', file });
        return;
      }
      assertStoreSchemaSupported(opened.content.schemaVersion);
      setStage({ kind: 'ready', content: opened.content });
    } catch (failure) {
      setError({ failure });
      setStage(withPassphrase === null ? { kind: 'idle' } : { kind: 'locked', file });
    } finally {
      reading.current = null;
    }
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPassphrase('');
    void open(file, null);
  }

  function unlock(event: FormEvent, file: File) {
    event.preventDefault();
    void open(file, passphrase);
  }

  async function restore(content: BackupContent) {
    setError(null);
    setCancelled(false);
    const controller = new AbortController();
    abort.current = controller;
    const total = Object.values(content.tables).reduce((sum, rows) => sum + rows.length, 0);
    setStage({ kind: 'writing', content, done: 0, total });
    try {
      if (content.scope.kind === 'all') {
        await restoreEverything(content.tables, {
          signal: controller.signal,
          onProgress: ({ done }) => setStage({ kind: 'writing', content, done, total }),
        });
      } else {
        await restoreOneAssessment(content.scope.assessmentId, content.tables);
      }
      setStage({ kind: 'done', content });
      onRestored();
    } catch (failure) {
      if (failure instanceof RestoreCancelled) setCancelled(true);
      else setError({ failure });
      setStage({ kind: 'ready', content });
    } finally {
      abort.current = null;
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card exchange-section">
      <h2 id={`${id}-title`}>{t('restore.title')}</h2>
      <p className="muted">{t('restore.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('restore.choose')}</label>
        <span className="field__hint" id={`${id}-limit`}>
          {t('refusals:fileTask.limit', { size: formatNumber(MAX_BACKUP_BYTES / (1024 * 1024), locale) })}
        </span>
        <input
          id={`${id}-file`}
          aria-describedby={`${id}-limit`}
          type="file"
          accept=".json,application/json"
          onChange={pick}
          disabled={stage.kind === 'busy' || stage.kind === 'reading' || stage.kind === 'writing'}
        />
      </div>
      {stage.kind === 'reading' && (
        <FileTaskProgress progress={stage.progress} onCancel={() => reading.current?.abort()} testId="restore-read-progress" />
      )}
      {stage.kind === 'locked' && (
        <form className="form-grid" onSubmit={(event) => unlock(event, stage.file)}>
          <div className="field">
            <label htmlFor={`${id}-pass`}>{t('restore.passphrase')}</label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={passphrase === ''}>
              {t('restore.unlock')}
            </button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {stage.kind === 'busy' && <p>{t('restore.working')}</p>}
        {cancelled && stage.kind === 'ready' && <p data-testid="restore-cancelled">{t('refusals:restore.cancelled')}</p>}
        {stage.kind === 'done' && (
          <p data-testid="restore-result">{t('restore.done', { date: formatDateTime(stage.content.createdAt, locale) })}</p>
        )}
      </div>
      {error && <RefusalMessage {...exchangeRefusal(error.failure, locale)} testId="restore-error" />}
      {stage.kind === 'writing' && (
        <div className="exchange-preview" data-testid="restore-progress">
          <label htmlFor={`${id}-progress`}>
            {t('refusals:restore.writing', { done: formatNumber(stage.done, locale), total: formatNumber(stage.total, locale) })}
          </label>
          <progress id={`${id}-progress`} max={Math.max(stage.total, 1)} value={stage.done} />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => abort.current?.abort()}>
              {t('refusals:restore.cancel')}
            </button>
          </div>
        </div>
      )}
      {stage.kind === 'ready' && (
        <div className="exchange-preview" data-testid="restore-preview">
          <p>
            {t('restore.summary', {
              count: stage.content.tables.assessments.length,
              date: formatDateTime(stage.content.createdAt, locale),
              assessments: formatNumber(stage.content.tables.assessments.length, locale),
              responses: formatNumber(stage.content.tables.responses.length, locale),
            })}
          </p>
          {/* Which assessments: a backup says what it holds before it replaces anything. */}
          <ul data-testid="restore-assessments">
            {stage.content.tables.assessments.map((assessment) => (
              <li key={assessment.id} dir="auto">
                {t('restore.assessmentLine', {
                  name: assessmentName(assessment, locale),
                  level: t(`common:levels.${assessment.level}`),
                  round: formatNumber(assessment.round, locale),
                  year: formatNumber(assessment.year, locale, { useGrouping: false }),
                  phase: t(`common:phases.${assessment.phase}`),
                })}
              </li>
            ))}
          </ul>
          <p className="banner banner--error">{stage.content.scope.kind === 'all' ? t('restore.replacesAll') : t('restore.replacesOne')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setStage({ kind: 'idle' })}>
              {t('common:cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void restore(stage.content)}>
              {t('restore.button')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
