import { useEffect, useRef } from 'react';
import type { Locale } from '@/domain/localized-text';
import { errorMessage } from '@/i18n/error-message';
import { useT } from '@/i18n/use-t';
import { navigate } from '@/routing/router';
import { notify } from '@/state/ui-store';

/** Loads both demo rounds (replacing earlier demo edits) and opens the follow-up's profile. */
export async function openDemo(locale: Locale, loadedMessage: () => string): Promise<void> {
  try {
    const { loadDemoAssessment } = await import('@/features/assessments/load-demo');
    const id = await loadDemoAssessment();
    notify('success', loadedMessage()); // Worded after the wait: the language may have changed.
    navigate({ name: 'profile', assessmentId: id });
  } catch (error) {
    notify('error', errorMessage(error, locale));
    navigate({ name: 'home' });
  }
}

export function DemoRoute() {
  const { t, locale } = useT('assessments');
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice in development.
    started.current = true;
    void openDemo(locale, () => t('demoLoaded'));
  }, [locale, t]);
  return <p role="status">{t('common:loading')}</p>;
}
