import { useEffect, useRef, useState } from 'react';
import { Workbox } from 'workbox-window';
import { useT } from '@/i18n/use-t';
import { whenIdle } from '@/components/when-idle';

/** Runs `task` after the window's load event, when the main thread is idle (at most 3 s later). */
function afterLoadWhenIdle(task: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  const schedule = () => {
    cancelIdle = whenIdle(task, 3000);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    cancelIdle?.();
  };
}

/**
 * Registers the service worker (built by vite-plugin-pwa) and, when a new version has been
 * downloaded, asks before switching to it. Only the user's click reloads, and only this tab: an
 * open editor elsewhere is never reloaded under someone's hands. Loaded lazily after start.
 */
export function UpdatePrompt() {
  const { t } = useT('governance');
  const workbox = useRef<Workbox | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const instance = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    // A new version finished installing and waits; or another tab already switched to it.
    instance.addEventListener('waiting', () => setReady(true));
    instance.addEventListener('controlling', (event) => {
      if (event.isUpdate) setReady(true);
    });
    workbox.current = instance;
    // Registered once the page has loaded and is idle: on a first visit the install downloads the
    // whole app for offline use (about 1.3 MB), which must not compete with the first screen.
    return afterLoadWhenIdle(() => {
      instance.register().catch((error: unknown) => console.warn('Service worker registration failed; the app still works online.', error));
    });
  }, []);

  function reloadNow() {
    const instance = workbox.current;
    if (!instance) return;
    instance.addEventListener('controlling', () => window.location.reload());
    instance.messageSkipWaiting();
    // If the new version is already active (switched from another tab), nothing else will fire.
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (!registration?.waiting) window.location.reload();
    });
  }

  if (!ready) return null;
  return (
    <div className="update-prompt" role="region" aria-label={t('update.ready')}>
      <p role="status">{t('update.ready')}</p>
      <button type="button" className="button button--primary" onClick={reloadNow}>
        {t('update.reload')}
      </button>
      <button type="button" className="button" onClick={() => setReady(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
