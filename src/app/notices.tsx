import { useT } from '@/i18n/use-t';
import { dismissNotice, useUiStore } from '@/state/ui-store';

/** Toasts in a polite live region, so screen readers announce saves and errors. */
export function Notices() {
  const { t } = useT();
  const notices = useUiStore((state) => state.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`}>
          <span>{notice.message}</span>
          <button type="button" className="link-button" onClick={() => dismissNotice(notice.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
