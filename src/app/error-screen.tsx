import { useState } from 'react';
import { useT } from '@/i18n/use-t';
import { hrefFor } from '@/routing/router';

/**
 * What the user reads and can do when a screen failed (see error-boundary.tsx): reload, go to the
 * start screen, download a backup of what the store still answers, copy the details for support.
 * Loaded only when an error happened, so it costs the start screen nothing.
 */

type Kind = 'chunk' | 'storage' | 'unknown';

function kindOf(error: unknown): Kind {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/dynamically imported module|Importing a module script failed|Failed to fetch|ChunkLoadError|error loading dynamically/i.test(text))
    return 'chunk';
  if (/Database|IndexedDB|IDB|Dexie|storage failure|InvalidState|NotFound|Abort|Quota/i.test(text)) return 'storage';
  return 'unknown';
}

function details(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  return `${text}\n\n${window.location.href}\n${navigator.userAgent}\n${new Date().toISOString()}`;
}

export default function ErrorScreen({ error, scope, onHome }: { error: unknown; scope: 'app' | 'screen'; onHome: () => void }) {
  const { t } = useT('common');
  const [status, setStatus] = useState<string | null>(null);
  const kind = kindOf(error);
  const backup = () => {
    setStatus(t('errorScreen.backupWorking'));
    import('./rescue-backup')
      .then((rescue) => rescue.downloadRescueBackup())
      .then((fileName) => setStatus(t('errorScreen.backupDone', { fileName })))
      .catch(() => setStatus(t('errorScreen.backupFailed')));
  };
  const copy = () => {
    void navigator.clipboard?.writeText(details(error)).then(
      () => setStatus(t('errorScreen.copied')),
      () => setStatus(t('errorScreen.copyFailed')),
    );
  };
  return (
    <section className="error-screen card" role="alert" data-testid="error-screen" data-kind={kind} data-scope={scope}>
      <h1>{t('errorScreen.title')}</h1>
      <p>{t(`errorScreen.${kind}`)}</p>
      <p>{t('errorScreen.safe')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('errorScreen.reload')}
        </button>
        <a className="button" href={hrefFor({ name: 'home' })} onClick={onHome}>
          {t('errorScreen.home')}
        </a>
        <button type="button" className="button" onClick={backup}>
          {t('errorScreen.backup')}
        </button>
        <button type="button" className="button" onClick={copy}>
          {t('errorScreen.copy')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
