import { useT } from '@/i18n/use-t';
import { dismissNotice, useUiStore } from '@/state/ui-store';

/**
 * Toasts: confirmations in a polite live region; each error is an alert, announced at once and
 * kept until dismissed. Each is worded at render, so a language switch re-words it.
 */
export function Notices() {
  const { t, locale } = useT();
  const notices = useUiStore((state) => state.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
          data-testid="notice"
        >
          <span>{notice.message(locale)}</span>
          <button type="button" className="link-button" onClick={() => dismissNotice(notice.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
