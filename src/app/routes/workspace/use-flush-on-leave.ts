import { useEffect } from 'react';
import { flushAllSaves } from '@/db/save-queue';

/** Writes pending edits at once when the tab is hidden or the page goes away. */
export function useFlushOnLeave(): void {
  useEffect(() => {
    const flush = () => void flushAllSaves();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
