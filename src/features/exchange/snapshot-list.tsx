import { useCallback, useEffect, useId, useState } from 'react';
import type { SnapshotSummary } from '@/db/snapshot-commands';
import { listSnapshots, restoreSnapshot } from '@/db/snapshot-commands';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { exchangeErrorMessage } from '@/interchange/package-error-text';
import './exchange.css';
import { translatorIn } from '@/i18n/wording';
import type { Wording } from '@/i18n/wording';

type Props = {
  /** null lists every assessment's snapshots. */
  readonly assessmentId: string | null;
  readonly memberId: string | null;
  /** Changes whenever the caller knows a snapshot was added, so the list re-reads. */
  readonly refreshKey: number;
  readonly nameOf?: (assessmentId: string) => string;
};

/** Automatic snapshots taken before imports, merges and restores; restoring one undoes them. */
export function SnapshotList({ assessmentId, memberId, refreshKey, nameOf }: Props) {
  const { t, locale } = useT('exchange');
  const titleId = useId();
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: Wording } | null>(null);
  const [version, setVersion] = useState(0);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  useEffect(() => {
    let active = true;
    void listSnapshots(assessmentId).then((rows) => {
      if (active) setSnapshots(rows);
    });
    return () => {
      active = false;
    };
  }, [assessmentId, refreshKey, version]);

  async function restore(snapshot: SnapshotSummary) {
    try {
      await restoreSnapshot(snapshot.id, memberId);
      setMessage({
        tone: 'ok',
        text: (shown) => translatorIn(shown, 'exchange')('snapshots.restored', { date: formatDateTime(snapshot.createdAt, shown) }),
      });
    } catch (error) {
      setMessage({ tone: 'error', text: (shown) => exchangeErrorMessage(error, shown) });
    }
    reload();
  }

  return (
    <section aria-labelledby={titleId} className="card exchange-section">
      <h2 id={titleId}>{t('snapshots.title')}</h2>
      <p className="muted">{t('snapshots.intro')}</p>
      <div role="status" aria-live="polite">
        {message?.tone === 'ok' && <p data-testid="snapshot-result">{message.text(locale)}</p>}
      </div>
      {message?.tone === 'error' && (
        <p role="alert" className="banner banner--error">
          {message.text(locale)}
        </p>
      )}
      {snapshots === null ? (
        <p>{t('common:loading')}</p>
      ) : snapshots.length === 0 ? (
        <p className="empty-state">{t('snapshots.empty')}</p>
      ) : (
        <ul className="snapshot-list" data-testid="snapshot-list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="snapshot-list__item">
              <span>
                {t(`snapshots.reasons.${snapshot.reason}`)} · {formatDateTime(snapshot.createdAt, locale)}
                {nameOf && ` · ${nameOf(snapshot.assessmentId)}`} ·{' '}
                {t('snapshots.counts', {
                  responses: formatNumber(snapshot.responses, locale),
                  history: formatNumber(snapshot.history, locale),
                })}
              </span>
              <button type="button" className="button" onClick={() => void restore(snapshot)}>
                {t('snapshots.restore')}
                <span className="visually-hidden"> {formatDateTime(snapshot.createdAt, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
