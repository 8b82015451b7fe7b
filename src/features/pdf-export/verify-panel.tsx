import { useId, useState } from 'react';
import { assessmentName } from '@/i18n/assessment-name';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import type { VerifyResult } from '@/report/verify-report-pdf';
import type { LoadReportLayer } from './report-layer';

/** Re-import a report PDF and say whether its embedded data is intact. */
export function VerifyPanel({ loadReportLayer }: { loadReportLayer: LoadReportLayer }) {
  const { t, locale } = useT('report');
  const [result, setResult] = useState<VerifyResult | 'checking' | null>(null);
  const headingId = useId();
  const inputId = useId();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setResult('checking');
    const [{ verifyReportPdf }, bytes] = await Promise.all([loadReportLayer(), file.arrayBuffer()]);
    setResult(await verifyReportPdf(new Uint8Array(bytes)));
  }

  return (
    <section className="card report-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.verifyTitle')}</h2>
      <p className="muted">{t('ui.verifyHint')}</p>
      <label htmlFor={inputId}>{t('ui.verifyFile')}</label>{' '}
      <input id={inputId} type="file" accept="application/pdf,.pdf" onChange={(event) => void onFile(event.currentTarget.files?.[0])} />
      <div role="status" data-testid="verify-status">
        {result === 'checking' && <p>{t('ui.verifying')}</p>}
        {result !== null && result !== 'checking' && result.ok && (
          <div className="report-panel__verified">
            <p>
              {t('ui.verified', {
                country: assessmentName(result.bundle.assessment, locale),
                round: formatNumber(result.bundle.assessment.round, locale),
                year: result.bundle.assessment.year,
                responses: formatNumber(result.bundle.responses.length, locale),
                sources: formatNumber(result.bundle.sources.length, locale),
              })}
            </p>
            <p className="muted report-panel__hash">{t('ui.fingerprint', { hash: result.fingerprint })}</p>
          </div>
        )}
      </div>
      {result !== null && result !== 'checking' && !result.ok && (
        <p role="alert" className="report-panel__error" data-testid="verify-error" data-reason={result.reason}>
          {t(`ui.reasons.${result.reason}`, { detail: result.detail ?? '' })}
        </p>
      )}
    </section>
  );
}
