import { useEffect, useRef } from 'react';
import { errorMessage } from '@/i18n/error-message';
import { useT } from '@/i18n/use-t';
import { navigate } from '@/routing/router';
import { notify } from '@/state/ui-store';
import type { Wording } from '@/i18n/wording';
import { wordingIn } from '@/i18n/wording';

/** Loads both demo rounds (replacing earlier demo edits) and opens the follow-up's profile. */
export async function openDemo(loadedMessage: Wording): Promise<void> {
  try {
    const { loadDemoAssessment } = await import('@/features/assessments/load-demo');
    const id = await loadDemoAssessment();
    notify('success', loadedMessage);
    navigate({ name: 'profile', assessmentId: id });
  } catch (error) {
    notify('error', (shown) => errorMessage(error, shown));
    navigate({ name: 'home' });
  }
}

export function DemoRoute() {
  const { t } = useT('assessments');
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice in development.
    started.current = true;
    void openDemo(wordingIn('assessments', 'demoLoaded'));
  }, []);
  return <p role="status">{t('common:loading')}</p>;
}
