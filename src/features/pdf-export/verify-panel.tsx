import { useId, useRef, useState } from 'react';
import { isFileTaskStopped } from '@/interchange/file-task-stopped';
import { assessmentName } from '@/i18n/assessment-name';
import { formatBytes, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { MAX_VERIFY_BYTES } from '@/report/report-names';
import type { VerifyResult } from '@/report/verify-report-pdf';
import type { LoadReportLayer } from './report-layer';
import { checkReportPdf } from './verify-pdf';

type CheckState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly percent: number }
  | { readonly kind: 'stopped'; readonly reason: 'cancelled' | 'timed-out'; readonly seconds: number }
  | { readonly kind: 'done'; readonly result: VerifyResult };

/**
 * Checks a report PDF: the attached data against its fingerprint, and every page's text against
 * the report rebuilt from that data. Big files are refused before they are read; the check runs
 * in the report worker with progress. It says plainly that it is no signature.
 */
export function VerifyPanel({ loadReportLayer }: { loadReportLayer: LoadReportLayer }) {
  const { t, locale } = useT('report');
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const headingId = useId();
  const inputId = useId();
  const limitId = useId();
  const running = useRef<AbortController | null>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_VERIFY_BYTES) {
      setState({ kind: 'done', result: { ok: false, reason: 'too-large', found: file.size, expected: MAX_VERIFY_BYTES } });
      return;
    }
    setState({ kind: 'checking', percent: 0 });
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await checkReportPdf(
        loadReportLayer,
        bytes,
        (fraction) => setState({ kind: 'checking', percent: Math.round(fraction * 100) }),
        controller.signal,
      );
      setState({ kind: 'done', result });
    } catch (error) {
      if (isFileTaskStopped(error) && error.reason !== 'worker-failed') {
        // A newer file replaced this check: its own state is already showing.
        if (running.current === controller) setState({ kind: 'stopped', reason: error.reason, seconds: error.seconds });
        return;
      }
      setState({
        kind: 'done',
        result: { ok: false, reason: 'rebuild-failed', detail: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  const result = state.kind === 'done' ? state.result : null;
  return (
    <section className="card report-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.verifyTitle')}</h2>
      <p className="muted">{t('ui.verifyHint')}</p>
      <p className="muted" id={limitId}>
        {t('report-pdf:ui.verifyLimit', { size: formatBytes(MAX_VERIFY_BYTES, locale) })}
      </p>
      <label htmlFor={inputId}>{t('ui.verifyFile')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby={limitId}
        onChange={(event) => void onFile(event.currentTarget.files?.[0])}
      />
      {state.kind === 'checking' && (
        <progress className="report-panel__progress" max={100} value={state.percent} aria-label={t('ui.verifying')}>
          {state.percent}%
        </progress>
      )}
      {state.kind === 'checking' && (
        <button type="button" className="button" onClick={() => running.current?.abort()}>
          {t('refusals:fileTask.cancel')}
        </button>
      )}
      <div role="status" data-testid="verify-status">
        {state.kind === 'checking' && <p>{t('report-pdf:ui.verifyReading', { percent: formatNumber(state.percent, locale) })}</p>}
        {result?.ok && (
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
            {result.pagesChecked > 0 && <p>{t('report-pdf:ui.verifiedPages', { pages: formatNumber(result.pagesChecked, locale) })}</p>}
          </div>
        )}
      </div>
      {result && (result.ok || result.printedFingerprint) && (
        <dl className="report-panel__fingerprints">
          <dt>{t('report-pdf:ui.printedFingerprint')}</dt>
          <dd className="report-panel__hash">{result.printedFingerprint}</dd>
          <dt>{t('report-pdf:ui.computedFingerprint')}</dt>
          <dd className="report-panel__hash">{result.fingerprint ?? '—'}</dd>
        </dl>
      )}
      {result && <p className="muted">{t('report-pdf:ui.notSignature')}</p>}
      {state.kind === 'stopped' && (
        <p role="alert" className="report-panel__error" data-testid="verify-error" data-reason={state.reason}>
          {state.reason === 'timed-out'
            ? t('report-pdf:ui.verifyTimedOut', { seconds: formatNumber(state.seconds, locale) })
            : t('report-pdf:ui.verifyCancelled')}
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="report-panel__error" data-testid="verify-error" data-reason={result.reason}>
          {t(`report-pdf:ui.reasons.${result.reason}`, {
            detail: result.detail ?? (result.reason === 'earlier-version' ? t('report-pdf:ui.unknownApp') : ''),
            page: formatNumber(result.page ?? 0, locale),
            found: formatNumber(result.found ?? 0, locale),
            expected: formatNumber(result.expected ?? 0, locale),
            size: formatBytes(result.found ?? 0, locale),
            limit: formatBytes(MAX_VERIFY_BYTES, locale),
          })}
        </p>
      )}
      {result && !result.ok && result.reason === 'rebuild-failed' && result.detail && (
        // The program's own words (often English) only behind "Details", never in the sentence.
        <details className="refusal-details">
          <summary>{t('refusals:details')}</summary>
          <code dir="ltr">{result.detail}</code>
        </details>
      )}
    </section>
  );
}
