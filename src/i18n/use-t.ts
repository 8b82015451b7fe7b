import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '@/domain/localized-text';
import type { Namespace, Translate } from './keys';
import { i18n, translationsStore } from './i18n';

/**
 * The hook components use for text. It re-renders on a language change or when a namespace
 * finishes loading. (A dozen lines instead of react-i18next keeps the start bundle in budget.)
 * `t` takes the namespace's own keys bare and other namespaces' keys as `'ns:key'` (see keys.ts).
 */
export function useT<N extends Namespace = 'common'>(namespace: N = 'common' as N): { t: Translate<N>; locale: Locale } {
  const version = useStore(translationsStore, (state) => state.version);
  const locale = useStore(translationsStore, (state) => state.locale);
  // A new function per change (`version`), so memoised children re-render in the new language.
  const t = useMemo<Translate<N>>(() => {
    const fixed = i18n.getFixedT(null, namespace);
    return (key, options) => (version >= 0 ? String(fixed(key, options ?? {})) : '');
  }, [namespace, version]);
  return { t, locale };
}
