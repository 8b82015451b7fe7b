import { useEffect, useId, useMemo, useState } from 'react';
import type { KnownCatalogues, StoredTexts } from '@/domain/assessment-printed-texts';
import { storedPrintedTexts } from '@/domain/assessment-printed-texts';
import type { ReportExtras } from '@/domain/printed-texts';
import { defaultReportExtras } from '@/domain/printed-texts';
import { ReportContents } from './report-contents';
import { UntranslatedNote } from './untranslated-note';
import type { Locale } from '@/domain/localized-text';
import { LOCALES } from '@/domain/localized-text';
import { formatBytes, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { ReportProgress } from '@/report/build-report-pdf';
import { exportProfilePdf, prepareExportWhenIdle } from './export-pdf';
import type { AssessmentPhase } from '@/domain/assessment';
import { ATTACHMENT_POLICIES } from '@/report/report-attachment';
import type { AttachmentPolicy } from '@/report/report-attachment';
import type { ReportDigits } from '@/report/report-options';
import { reportErrorMessage } from './report-errors';
import type { LoadReportLayer } from './report-layer';
import { RefusalMessage } from '@/components/ui/refusal-message';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly progress: ReportProgress }
  | { readonly kind: 'done'; readonly file: string; readonly pages: number; readonly size: number }
  /** The failure itself, worded at render: its message follows a language switch. */
  | { readonly kind: 'failed'; readonly failure: unknown };

type Props = {
  readonly assessmentId: string;
  readonly isDraft: boolean;
  readonly phase: AssessmentPhase;
  readonly loadReportLayer: LoadReportLayer;
  /** The stored records and known catalogues, to count what the chosen report prints untranslated; absent while loading. */
  readonly stored?: StoredTexts | undefined;
  readonly known?: KnownCatalogues | undefined;
};

/** Language and contents, the count of untranslated places, the export button and its progress, announced to screen readers. */
export function ExportPanel({ assessmentId, isDraft, phase, loadReportLayer, stored, known }: Props) {
  const { t, locale } = useT('report');
  const [language, setLanguage] = useState<Locale>(locale);
  const [extras, setExtras] = useState<ReportExtras>(() => defaultReportExtras(phase));
  const texts = useMemo(() => (stored && known ? storedPrintedTexts(stored, known, extras) : null), [stored, known, extras]);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [attachment, setAttachment] = useState<AttachmentPolicy>('public');
  const [digits, setDigits] = useState<ReportDigits>('latin');
  // Mirrors report-attachment.ts's rule without loading the report layer.
  const fullAllowed = phase !== 'validated' && phase !== 'published';
  const headingId = useId();
  const building = state.kind === 'building';
  // The worker starts while the user reads this screen, so the first export is a warm one.
  useEffect(() => prepareExportWhenIdle(), []);

  async function onExport() {
    setState({ kind: 'building', progress: { stage: 'fonts', fraction: 0 } });
    try {
      const report = await exportProfilePdf(
        loadReportLayer,
        assessmentId,
        language,
        (progress) => setState({ kind: 'building', progress }),
        {
          attachment: attachment === 'full' && !fullAllowed ? 'public' : attachment,
          digits: language === 'ar' ? digits : 'latin',
          extras,
        },
      );
      setState({ kind: 'done', file: report.fileName, pages: report.pages, size: report.bytes.length });
    } catch (error) {
      setState({ kind: 'failed', failure: error });
    }
  }

  const percent = state.kind === 'building' ? Math.round(state.progress.fraction * 100) : 0;
  const failed = (failure: unknown) => {
    const { message, details } = reportErrorMessage(failure, t);
    return { message: t('ui.failed', { reason: message }), details };
  };
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
      <UntranslatedNote assessmentId={assessmentId} texts={texts} language={language} />
      <ReportContents extras={extras} onChange={setExtras} disabled={building} />
      <fieldset className="report-panel__languages" disabled={building}>
        <legend>{t('report-pdf:ui.attachmentLegend')}</legend>
        {ATTACHMENT_POLICIES.map((option) => (
          <label key={option} className="report-panel__choice">
            <input
              type="radio"
              name="report-attachment"
              value={option}
              checked={attachment === option}
              disabled={option === 'full' && !fullAllowed}
              aria-describedby={option === 'full' && !fullAllowed ? `${headingId}-full` : undefined}
              onChange={() => setAttachment(option)}
            />{' '}
            {t(`report-pdf:ui.attachment.${option}`)}
          </label>
        ))}
        {!fullAllowed && (
          <p id={`${headingId}-full`} className="muted">
            {t('report-pdf:ui.fullRefused', { phase: t(`common:phases.${phase}`) })}
          </p>
        )}
      </fieldset>
      {language === 'ar' && (
        <fieldset className="report-panel__languages" disabled={building}>
          <legend>{t('report-pdf:ui.digitsLegend')}</legend>
          {(['latin', 'arabic-indic'] as const).map((option) => (
            <label key={option} className="report-panel__choice">
              <input type="radio" name="report-digits" value={option} checked={digits === option} onChange={() => setDigits(option)} />{' '}
              {t(`report-pdf:ui.digits.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" className="button button--primary" onClick={() => void onExport()} disabled={building} aria-busy={building}>
        {building ? t('ui.exporting') : t('ui.export')}
      </button>
      {building && (
        <progress className="report-panel__progress" max={100} value={percent} aria-label={t('ui.exporting')}>
          {percent}%
        </progress>
      )}
      <p role="status" className="report-panel__status" data-testid="export-status">
        {state.kind === 'building' &&
          t('ui.progress', { stage: t(`ui.stages.${state.progress.stage}`), percent: formatNumber(percent, locale) })}
        {state.kind === 'done' &&
          t('ui.done', { file: state.file, pages: formatNumber(state.pages, locale), size: formatBytes(state.size, locale) })}
      </p>
      {state.kind === 'failed' && <RefusalMessage {...failed(state.failure)} testId="report-build-error" />}
    </section>
  );
}
