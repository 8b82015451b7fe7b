import { useId, useState } from 'react';
import type { Assessment } from '@/domain/assessment';
import { packageContentFor } from '@/db/exchange-commands';
import { useT } from '@/i18n/use-t';
import { serializePackage } from '@/interchange/package-format';
import { packageFileName, packageLabel } from '@/interchange/package-label';
import { exchangeErrorMessage } from '@/interchange/package-error-text';
import { downloadJson } from '@/components/download-file';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

/** One click: this browser's copy of the assessment as a member package file. */
export function ExportPanel({ assessment, memberId }: { assessment: Assessment; memberId: string | null }) {
  const { t, locale } = useT('exchange');
  const titleId = useId();
  // Worded at render, so the result follows a language switch.
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; message: Wording } | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportPackage() {
    setBusy(true);
    try {
      const content = await packageContentFor(assessment.id, memberId);
      const { text, sha256 } = await serializePackage(content);
      const fileName = packageFileName(packageLabel(content));
      downloadJson(text, fileName);
      setStatus({ tone: 'ok', message: wordingIn('exchange', 'export.done', { fileName, checksum: sha256.slice(0, 12) }) });
    } catch (error) {
      setStatus({ tone: 'error', message: (shown) => exchangeErrorMessage(error, shown) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={titleId} className="card exchange-section">
      <h2 id={titleId}>{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <button type="button" className="button button--primary" onClick={() => void exportPackage()} disabled={busy}>
        {t('export.button')}
      </button>
      <div role="status" aria-live="polite" className="exchange-status">
        {status?.tone === 'ok' && <p data-testid="export-result">{status.message(locale)}</p>}
      </div>
      {status?.tone === 'error' && (
        <p role="alert" className="banner banner--error">
          {status.message(locale)}
        </p>
      )}
    </section>
  );
}
