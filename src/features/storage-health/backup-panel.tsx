import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { BackupScope } from '@/db/backup-commands';
import { collectBackup } from '@/db/backup-commands';
import type { Assessment } from '@/domain/assessment';
import { assessmentName } from '@/i18n/assessment-name';
import { useT } from '@/i18n/use-t';
import type { BackupContent } from '@/interchange/backup-format';
import { backupFileName, serializeBackup } from '@/interchange/backup-format';
import { exchangeErrorMessage } from '@/interchange/package-error-text';
import { MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE, passphraseLength } from '@/interchange/crypto-passphrase';
import { downloadJson } from '@/components/download-file';
import { wordingIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

/** One-click backup of everything or one assessment, optionally encrypted with a passphrase. */
export function BackupPanel({ assessments, onBackedUp }: { assessments: readonly Assessment[]; onBackedUp: () => void }) {
  const { t, locale } = useT('storage-health');
  const id = useId();
  const [scope, setScope] = useState('all');
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  // Worded at render, so the result follows a language switch.
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: Wording } | null>(null);

  const passphraseError =
    encrypt && passphrase.length > 0 && passphraseLength(passphrase) < MIN_PASSPHRASE
      ? t('backup.tooShort', { count: MIN_PASSPHRASE })
      : undefined;
  const confirmError = encrypt && confirmation.length > 0 && confirmation !== passphrase ? t('backup.mismatch') : undefined;
  const ready = !encrypt || (passphraseLength(passphrase) >= MIN_PASSPHRASE && confirmation === passphrase);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setStatus(null);
    try {
      const backupScope: BackupScope = scope === 'all' ? { kind: 'all' } : { kind: 'assessment', assessmentId: scope };
      const content = (await collectBackup(backupScope)) as BackupContent;
      const text = await serializeBackup(content, encrypt ? passphrase : null);
      const chosen = assessments.find((item) => item.id === scope);
      const fileName = backupFileName(content.createdAt, chosen ? `${chosen.countryCode}-${chosen.year}` : null, encrypt);
      downloadJson(text, fileName);
      setStatus({ tone: 'ok', text: wordingIn('storage-health', 'backup.done', { fileName }) });
      onBackedUp();
    } catch (error) {
      setStatus({ tone: 'error', text: (shown) => exchangeErrorMessage(error, shown) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card exchange-section">
      <h2 id={`${id}-title`}>{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <form className="form-grid" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('backup.scope')}</label>
          <select id={`${id}-scope`} value={scope} onChange={(event) => setScope(event.target.value)}>
            <option value="all">{t('backup.everything')}</option>
            {assessments.map((item) => (
              <option key={item.id} value={item.id}>
                {assessmentName(item, locale)} · {item.year}
              </option>
            ))}
          </select>
        </div>
        <label className="inline-field">
          <input type="checkbox" checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)} />
          {t('backup.encrypt')}
        </label>
        {encrypt && (
          <>
            <div className="field">
              <label htmlFor={`${id}-pass`}>{t('backup.passphrase')}</label>
              <input
                id={`${id}-pass`}
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
                aria-invalid={Boolean(passphraseError)}
                aria-describedby={`${id}-pass-hint`}
              />
              <span id={`${id}-pass-hint`} className={passphraseError ? 'field__error' : 'field__hint'}>
                {passphraseError ?? t('backup.passphraseHint', { count: MIN_PASSPHRASE })}
              </span>
            </div>
            <div className="field">
              <label htmlFor={`${id}-confirm`}>{t('backup.confirm')}</label>
              <input
                id={`${id}-confirm`}
                type="password"
                autoComplete="new-password"
                value={confirmation}
                onChange={(event) => setConfirmation(event.target.value)}
                aria-invalid={Boolean(confirmError)}
                aria-describedby={confirmError ? `${id}-confirm-error` : undefined}
              />
              {confirmError && (
                <span id={`${id}-confirm-error`} className="field__error">
                  {confirmError}
                </span>
              )}
            </div>
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || !ready}>
            {t('backup.button')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {busy && <p>{t('backup.working')}</p>}
        {status?.tone === 'ok' && <p data-testid="backup-result">{status.text(locale)}</p>}
      </div>
      {status?.tone === 'error' && (
        <p role="alert" className="banner banner--error">
          {status.text(locale)}
        </p>
      )}
    </section>
  );
}
