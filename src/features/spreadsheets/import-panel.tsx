import { useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { Field } from '@/components/ui/field';
import type { FileProgress } from '@/components/ui/file-task-progress';
import { FileTaskProgress } from '@/components/ui/file-task-progress';
import { getAssessmentBundle } from '@/db/queries';
import { answersNeedingReason, applySpreadsheetAnswers, SpreadsheetImportRefused } from '@/db/spreadsheet-commands';
import type { Assessment } from '@/domain/assessment';
import { isAssessmentLocked } from '@/domain/assessment-lock';
import type { Catalogue } from '@/domain/catalogue';
import { catalogueKey } from '@/domain/catalogue';
import { errorMessage } from '@/i18n/error-message';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { isFileTaskStopped, runFileTask } from '@/interchange/file-task-client';
import type { ImportPlan, RowError } from '@/interchange/spreadsheet-import';
import { notify } from '@/state/ui-store';
import { ImportErrorsTable } from './import-errors-table';
import { joinWordings, wordingIn } from '@/i18n/wording';
import type { Wording, WordingParam } from '@/i18n/wording';
import type { KeyIn, QualifiedKey } from '@/i18n/keys';

type Props = { readonly assessment: Assessment; readonly catalogue: Catalogue; readonly memberId: string | null };

type Loaded = { readonly fileName: string; readonly plan: ImportPlan; readonly needReason: number };

export function ImportPanel({ assessment, catalogue, memberId }: Props) {
  const { t, locale } = useT('spreadsheets');
  const [status, setStatus] = useState<Wording | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<RowError[] | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const reading = useRef<AbortController | null>(null);
  const statusId = useId();
  const locked = isAssessmentLocked(assessment);
  const n = (value: number) => formatNumber(value, locale);
  const say = (key: KeyIn<'spreadsheets'> | QualifiedKey, params?: Readonly<Record<string, WordingParam>>) =>
    wordingIn('spreadsheets', key, params);

  function reset(message: Wording | null) {
    setLoaded(null);
    setFileError(null);
    setReason('');
    setInputKey((key) => key + 1);
    setStatus(() => message);
  }

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setLoaded(null);
    setFileError(null);
    setStatus(() => say('import.reading'));
    const controller = new AbortController();
    reading.current = controller;
    setProgress({ stage: 'reading', fraction: 0 });
    try {
      const [{ planSpreadsheetImport }, { sheetMetaProblem }] = await Promise.all([
        import('@/interchange/spreadsheet-import'),
        import('@/interchange/spreadsheet-columns'),
      ]);
      // Unpacking an XLSX (or parsing a long CSV) happens in the file worker, never on the page.
      const read = await runFileTask({ kind: 'read-spreadsheet', file }, { signal: controller.signal, onProgress: setProgress });
      setProgress(null);
      if (!read.ok) {
        setStatus(() => say(`fileErrors.${read.error.code}`, { row: read.error.row, detail: read.error.detail }));
        return;
      }
      const expected = catalogueKey(catalogue.frameworkId, catalogue.version);
      const metaProblem = sheetMetaProblem(read.meta, expected);
      if (metaProblem) {
        setStatus(() => say(`fileErrors.${metaProblem.code}`, { detail: metaProblem.detail, expected }));
        return;
      }
      const bundle = await getAssessmentBundle(assessment.id);
      const plan = planSpreadsheetImport(read.rows, catalogue, bundle?.responses ?? []);
      if (plan.errors.some((e) => e.row <= 1)) {
        setFileError([...plan.errors]);
        setStatus(() => say('import.summaryErrors', { errors: plan.errors.length, invalid: 1 }));
        return;
      }
      const needReason = await answersNeedingReason(assessment.id, plan.changes);
      setLoaded({ fileName: file.name, plan, needReason });
      const summary = say('import.summary', { rows: plan.rowsRead, changes: plan.changes.length, unchanged: plan.unchanged });
      const summaryLine =
        plan.errors.length > 0
          ? joinWordings(summary, say('import.summaryErrors', { errors: plan.errors.length, invalid: plan.invalidRows }))
          : plan.changes.length === 0
            ? say('import.nothingToDo')
            : summary;
      setStatus(() => summaryLine);
    } catch (error) {
      const message: Wording = isFileTaskStopped(error)
        ? say(`refusals:fileTask.${error.reason}`, { seconds: error.seconds })
        : (shown) => errorMessage(error, shown);
      setStatus(() => message);
      if (isFileTaskStopped(error)) setInputKey((key) => key + 1);
    } finally {
      reading.current = null;
      setProgress(null);
      setBusy(false);
    }
  }

  async function apply() {
    if (!loaded) return;
    setBusy(true);
    try {
      const count = await applySpreadsheetAnswers(assessment.id, loaded.plan.changes, { memberId, reason });
      notify('success', say('import.applied', { number: count }));
      reset(say('import.applied', { number: count }));
    } catch (error) {
      const message: Wording =
        error instanceof SpreadsheetImportRefused ? say(`import.refused.${error.reason}`) : (shown) => errorMessage(error, shown);
      setStatus(() => message);
      notify('error', message);
    } finally {
      setBusy(false);
    }
  }

  if (locked) {
    return (
      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import.heading')}</h2>
        <p role="status">{t('import.locked')}</p>
      </section>
    );
  }

  const plan = loaded?.plan;
  const reasonMissing = (loaded?.needReason ?? 0) > 0 && reason.trim() === '';
  return (
    <section className="card form-grid" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p>{t('import.explain')}</p>
      <Field label={t('import.file')}>
        {(control) => (
          <input
            {...control}
            key={inputKey}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(event) => void read(event)}
            aria-describedby={statusId}
          />
        )}
      </Field>
      {progress && <FileTaskProgress progress={progress} onCancel={() => reading.current?.abort()} testId="spreadsheet-import-progress" />}
      <p id={statusId} role="status" aria-live="polite" data-testid="spreadsheet-import-status">
        {status?.(locale)}
      </p>
      {fileError && <ImportErrorsTable errors={fileError} />}
      {plan && plan.errors.length > 0 && <ImportErrorsTable errors={plan.errors} />}
      {plan && plan.changes.length > 0 && (
        <>
          {(loaded?.needReason ?? 0) > 0 && (
            <Field label={t('import.reason')} hint={t('import.reasonHint', { number: n(loaded?.needReason ?? 0) })}>
              {(control) => <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
          )}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => reset(null)} disabled={busy}>
              {t('import.cancel')}
            </button>
            <button type="button" className="button button--primary" disabled={busy || reasonMissing} onClick={() => void apply()}>
              {plan.errors.length > 0
                ? t('import.applyValidOnly', { number: n(plan.changes.length) })
                : t('import.apply', { number: n(plan.changes.length) })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
