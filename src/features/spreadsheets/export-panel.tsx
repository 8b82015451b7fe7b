import { useRef, useState } from 'react';
import type { FileProgress } from '@/components/ui/file-task-progress';
import { FileTaskProgress } from '@/components/ui/file-task-progress';
import { getAssessmentBundle } from '@/db/queries';
import type { Assessment } from '@/domain/assessment';
import type { Catalogue } from '@/domain/catalogue';
import { catalogueKey } from '@/domain/catalogue';
import { localize } from '@/domain/localized-text';
import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { isFileTaskStopped, runFileTask } from '@/interchange/file-task-client';
import type { SpreadsheetExportInput, SpreadsheetFormat } from '@/interchange/spreadsheet-export';
import { notify } from '@/state/ui-store';
import { downloadBlob } from '@/components/download-file';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

type Props = { readonly assessment: Assessment; readonly catalogue: Catalogue; readonly title: string };
type Job = { readonly format: SpreadsheetFormat; readonly template: boolean };

const JOBS: readonly (Job & { readonly label: 'answersCsv' | 'answersXlsx' | 'templateCsv' | 'templateXlsx' })[] = [
  { format: 'csv', template: false, label: 'answersCsv' },
  { format: 'xlsx', template: false, label: 'answersXlsx' },
  { format: 'csv', template: true, label: 'templateCsv' },
  { format: 'xlsx', template: true, label: 'templateXlsx' },
];

export function ExportPanel({ assessment, catalogue, title }: Props) {
  const { t, locale } = useT('spreadsheets');
  const [status, setStatus] = useState<Wording | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const writing = useRef<AbortController | null>(null);

  async function run(job: Job) {
    setBusy(true);
    setStatus(() => wordingIn('spreadsheets', 'export.preparing'));
    const controller = new AbortController();
    writing.current = controller;
    try {
      const [{ exportAnswers, safeFileStem }, bundle] = await Promise.all([
        import('@/interchange/spreadsheet-export'),
        getAssessmentBundle(assessment.id),
      ]);
      const at = new Date().toISOString();
      const input: SpreadsheetExportInput = {
        catalogue,
        responses: bundle?.responses ?? [],
        sources: bundle?.sources ?? [],
        template: job.template,
        fileStem: safeFileStem(`${title}-${assessment.year}-round-${assessment.round}`),
        rightToLeft: locale === 'ar',
        about: [
          [t('export.about.file'), job.template ? t('export.about.template') : t('export.about.answers')],
          [t('export.about.assessment'), title],
          [t('export.about.catalogue'), `${localize(catalogue.title, locale)} (${catalogueKey(catalogue.frameworkId, catalogue.version)})`],
          [t('export.about.exportedAt'), formatDateTime(at, locale)],
          [t('export.about.howTo'), t('export.about.howToText')],
          ['', t('export.about.safety')],
        ],
      };
      // XLSX is zipped in the file worker: long justifications must not freeze the page.
      if (job.format === 'xlsx') setProgress({ stage: 'writing', fraction: null });
      const { blob, fileName } =
        job.format === 'xlsx'
          ? await runFileTask({ kind: 'write-xlsx', input }, { signal: controller.signal, onProgress: setProgress })
          : await exportAnswers(job.format, input);
      downloadBlob(blob, fileName);
      setStatus(() => wordingIn('spreadsheets', 'export.done', { file: fileName }));
    } catch (error) {
      if (isFileTaskStopped(error) && error.reason === 'cancelled') {
        setStatus(() => wordingIn('spreadsheets', 'export.cancelled'));
      } else {
        const message = isFileTaskStopped(error)
          ? wordingIn('spreadsheets', 'export.stopped', { seconds: error.seconds })
          : wordingIn('spreadsheets', 'export.failed');
        setStatus(() => message);
        notify('error', message);
      }
    } finally {
      writing.current = null;
      setProgress(null);
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <div className="spreadsheet-actions">
        {JOBS.map((job) => (
          <button key={job.label} type="button" className="button" disabled={busy} onClick={() => void run(job)}>
            {t(`export.${job.label}`)}
          </button>
        ))}
      </div>
      {progress && <FileTaskProgress progress={progress} onCancel={() => writing.current?.abort()} testId="spreadsheet-export-progress" />}
      <p role="status" className="muted" data-testid="spreadsheet-export-status">
        {status?.(locale)}
      </p>
    </section>
  );
}
