import { useMemo, useSyncExternalStore } from 'react';
import type { Namespace, Translate } from './keys';
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

/** `t` takes the namespace's own keys bare and other namespaces' keys as `'ns:key'` (see keys.ts). */
export function useT<N extends Namespace = 'common'>(namespace: N = 'common' as N): { t: Translate<N>; locale: Locale } {
  const current = useSyncExternalStore(subscribe, () => version);
  // A new function per change (`current`), so memoised children re-render in the new language.
  const t = useMemo<Translate<N>>(() => {
    const fixed = i18n.getFixedT(null, namespace);
    return (key, options) => (current >= 0 ? String(fixed(key, options ?? {})) : '');
  }, [namespace, current]);
  const language = i18n.language;
  return { t, locale: isLocale(language) ? language : 'en' };
}
