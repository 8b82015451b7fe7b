import { useMemo, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from '@/domain/localized-text';
import { isLocale } from '@/domain/localized-text';
import { i18n, onTranslationsChanged } from './i18n';

/**
 * The hook components use for text. It re-renders on a language change or when a namespace
 * finishes loading. (A dozen lines instead of react-i18next keeps the start bundle in budget.)
 */

let version = 0;
onTranslationsChanged(() => {
  version += 1;
});

function subscribe(listener: () => void): () => void {
  return onTranslationsChanged(listener);
}

export function useT(namespace: string = 'common'): { t: TFunction; locale: Locale } {
  const current = useSyncExternalStore(subscribe, () => version);
  // A new function per change (`current`), so memoised children re-render in the new language.
  const t = useMemo(() => (current >= 0 ? i18n.getFixedT(null, namespace) : i18n.t), [namespace, current]) as TFunction;
  const language = i18n.language;
  return { t, locale: isLocale(language) ? language : 'en' };
}
