import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { Namespace } from '@/i18n/keys';
import { currentLocale, loadNamespaces, prefetchNamespaces } from '@/i18n/i18n';
import type { Locale } from '@/domain/localized-text';
import { loadOnce } from '@/lib/load-once';

// Everything past the start screen loads on demand: the start bundle has a budget (PERFORMANCE.md).
/**
 * A screen, or a part of one, that loads on demand together with its translation namespaces.
 * `preload` starts both without rendering (main.tsx, for a bookmarked screen), so the render
 * later finds them loaded.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly Namespace[]) {
  // One fetch shared by an early preload and the render.
  const loadCode = loadOnce(load);
  const screen = lazy(async () => {
    const [component] = await Promise.all([loadCode(), loadNamespaces(currentLocale(), namespaces)]);
    return { default: component };
  });
  const preload = (locale: Locale) => {
    void loadCode().catch(() => undefined);
    prefetchNamespaces(locale, namespaces);
  };
  return Object.assign(screen, { preload });
}
