import { useId, useState } from 'react';
import type { Locale } from '@/domain/localized-text';
import { LOCALES } from '@/domain/localized-text';
import { formatBytes, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { ReportProgress } from '@/report/build-report-pdf';
import { exportProfilePdf } from './export-pdf';
import { reportErrorMessage } from './report-errors';
import type { LoadReportLayer } from './report-layer';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly progress: ReportProgress }
  | { readonly kind: 'done'; readonly file: string; readonly pages: number; readonly size: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Language choice, the export button and its progress, announced to screen readers. */
export function ExportPanel({ assessmentId, isDraft, loadReportLayer }: { assessmentId: string; isDraft: boolean; loadReportLayer: LoadReportLayer }) {
  const { t, locale } = useT('report');
  const [language, setLanguage] = useState<Locale>(locale);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const headingId = useId();
  const building = state.kind === 'building';

  async function onExport() {
    setState({ kind: 'building', progress: { stage: 'fonts', fraction: 0 } });
    try {
      const report = await exportProfilePdf(loadReportLayer, assessmentId, language, (progress) => setState({ kind: 'building', progress }));
      setState({ kind: 'done', file: report.fileName, pages: report.pages, size: report.bytes.length });
    } catch (error) {
      setState({ kind: 'failed', message: reportErrorMessage(error, t) });
    }
  }

  const percent = state.kind === 'building' ? Math.round(state.progress.fraction * 100) : 0;
  return (
    <section className="card report-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.exportTitle')}</h2>
      <p className="muted">{t('ui.exportHint')}</p>
      {isDraft && <p className="report-panel__note">{t('ui.draftWarning')}</p>}
      <fieldset className="report-panel__languages" disabled={building}>
        <legend>{t('ui.language')}</legend>
        {LOCALES.map((option) => (
          <label key={option} lang={option}>
            <input type="radio" name="report-language" value={option} checked={language === option} onChange={() => setLanguage(option)} />{' '}
            {t(`common:languages.${option}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button--primary" onClick={() => void onExport()} disabled={building} aria-busy={building}>
        {building ? t('ui.exporting') : t('ui.export')}
      </button>
      {building && (
        <progress className="report-panel__progress" max={100} value={percent} aria-label={t('ui.exporting')}>
          {percent}%
        </progress>
      )}
      <p role="status" className="report-panel__status" data-testid="export-status">
        {state.kind === 'building' && t('ui.progress', { stage: t(`ui.stages.${state.progress.stage}`), percent: formatNumber(percent, locale) })}
        {state.kind === 'done' && t('ui.done', { file: state.file, pages: formatNumber(state.pages, locale), size: formatBytes(state.size, locale) })}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="report-panel__error">
          {t('ui.failed', { reason: state.message })}
        </p>
      )}
    </section>
  );
}
